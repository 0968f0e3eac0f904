using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Accounts;

namespace SalesMarketingAlignment.Web.Pages.Account;

/// <summary>Changes the signed-in user's password (<see cref="ChangePassword"/>); this browser stays signed in.</summary>
[Authorize]
public sealed class ChangePasswordModel(ChangePassword changePassword, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty]
    public ChangePassword.Request Input { get; set; } = new();

    [TempData]
    public bool Changed { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        switch (await changePassword.HandleAsync(user, Input, cancellationToken))
        {
            case ChangePassword.Invalid invalid:
                ModelState.AddErrors(nameof(Input), invalid.Errors);
                return Page();
            default:
                // The stamp changed: a new cookie for this browser only.
                await signIn.RefreshSignInAsync(user);
                Changed = true;
                return RedirectToPage();
        }
    }
}
