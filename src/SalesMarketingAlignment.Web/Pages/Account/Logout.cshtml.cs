using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Pages.Account;

/// <summary>Signs out everywhere: a copied cookie or a token of this user stops working too (<see cref="UserSessions"/>).</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, UserSessions sessions, IAuditTrail audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await sessions.EndEverySessionAsync(user, cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditKind.SignOut, user.Id), cancellationToken);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
