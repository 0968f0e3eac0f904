using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

/// <summary>Adds an executive to an organization (<see cref="AddExecutive"/>): an existing executive account, or a new one.</summary>
[AuthorizeOrganization(OrganizationSourceKind.Organization, "id", ChangeOnly = true)]
public sealed class AddExecutiveModel(AlignmentDbContext db, AddExecutive addExecutive) : PageModel
{
    [BindProperty]
    public AddExecutive.Request Input { get; set; } = new();

    public int Id { get; private set; }
    public string OrganizationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await addExecutive.HandleAsync(id, Input, cancellationToken))
        {
            case AddExecutive.Invalid invalid:
                ModelState.AddErrors(nameof(Input), invalid.Errors);
                return Page();
            case AddExecutive.NoExecutiveAccount refused:
                ModelState.AddModelError(string.Empty, refused.Message);
                return Page();
            default:
                return RedirectToPage("/Organizations/Details", new { id });
        }
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        OrganizationName = await db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken);
    }
}
