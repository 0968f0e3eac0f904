using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Users;

namespace SalesMarketingAlignment.Web.Pages.Admin.Users;

/// <summary>Administrators list the accounts and create new ones with a role (<see cref="CreateUser"/>).</summary>
public sealed class IndexModel(AlignmentDbContext db, CreateUser createUser) : PageModel
{
    [BindProperty]
    public CreateUser.Request Input { get; set; } = new() { Role = Roles.Consultant };

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    [TempData]
    public string? Created { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            switch (await createUser.HandleAsync(Input, cancellationToken))
            {
                case CreateUser.Created created:
                    Created = created.User.Email;
                    return RedirectToPage();
                case CreateUser.Conflict conflict:
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", conflict.Message);
                    break;
                case CreateUser.Invalid invalid:
                    ModelState.AddErrors(nameof(Input), invalid.Errors);
                    break;
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Users = await db.Users.OrderBy(u => u.Email).WithRoles(db).ToListAsync(cancellationToken);
}
