using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Web.Features.Organizations;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

public sealed class IndexModel(ListOrganizations listOrganizations) : PageModel
{
    public IReadOnlyList<OrganizationSummary> Organizations { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanCreate = CreateOrganization.IsAllowed(User);
        Organizations = await listOrganizations.HandleAsync(User, cancellationToken);
    }
}
