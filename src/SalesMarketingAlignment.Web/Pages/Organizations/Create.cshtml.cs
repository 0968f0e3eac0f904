using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Web.Features.Organizations;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

/// <summary>Consultants (and administrators) add a client organization (<see cref="CreateOrganization"/>).</summary>
public sealed class CreateModel(CreateOrganization createOrganization) : PageModel
{
    [BindProperty]
    public CreateOrganization.Request Input { get; set; } = new();

    public IActionResult OnGet() => CreateOrganization.IsAllowed(User) ? Page() : Forbidden();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CreateOrganization.IsAllowed(User))
        {
            return Forbidden();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await createOrganization.HandleAsync(Input, User, cancellationToken) switch
        {
            CreateOrganization.Created created => RedirectToPage("/Organizations/Details", new { id = created.Id }),
            _ => Forbidden(),
        };
    }

    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);
}
