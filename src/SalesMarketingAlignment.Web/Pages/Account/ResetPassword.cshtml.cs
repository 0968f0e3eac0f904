using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Accounts;

namespace SalesMarketingAlignment.Web.Pages.Account;

/// <summary>Sets a new password from a reset link (<see cref="PasswordReset"/>), then sends to sign-in.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordReset passwordReset) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordReset.NewPasswordRequest Input { get; set; } = new();

    public bool LinkValid { get; private set; }

    public async Task OnGetAsync() => LinkValid = await passwordReset.IsValidAsync(UserId, Token);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        LinkValid = true;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await passwordReset.ResetAsync(UserId, Token, Input, cancellationToken))
        {
            case PasswordReset.Reset:
                return RedirectToPage("/Account/Login", new { reset = true });
            case PasswordReset.Invalid invalid:
                ModelState.AddErrors(nameof(Input), invalid.Errors);
                return Page();
            default:
                LinkValid = false;
                return Page();
        }
    }
}
