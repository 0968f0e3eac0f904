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
            var result = await createUser.HandleAsync(Input, cancellationToken);
            if (result is CreateUser.Created created)
            {
                Created = created.User.Email;
                return RedirectToPage();
            }

            ModelState.AddErrors(nameof(Input), CreateUser.FieldErrors(result));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Users = await db.Users.OrderBy(u => u.Email).WithRoles(db).ToListAsync(cancellationToken);
}
