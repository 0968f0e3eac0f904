using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

public sealed class IndexModel(OrganizationAccess access) : PageModel
{
    public IReadOnlyList<OrganizationRow> Organizations { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanCreate = User.IsInRole(Roles.Consultant) || User.IsInRole(Roles.Administrator);
        Organizations = await access.VisibleOrganizations(User)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationRow(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    public sealed record OrganizationRow(int Id, string Name);
}
