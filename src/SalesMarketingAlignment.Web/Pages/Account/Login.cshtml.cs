using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Web.Features.Accounts;

namespace SalesMarketingAlignment.Web.Pages.Account;

/// <summary>Sign-in with the site's cookie (<see cref="SignIn"/>).</summary>
[AllowAnonymous]
public sealed class LoginModel(SignIn signIn) : PageModel
{
    [BindProperty]
    public SignIn.Request Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Arrived from a password reset.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Reset { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.HandleAsync(Input, IdentityConstants.ApplicationScheme, cancellationToken) is SignIn.Rejected rejected)
        {
            ModelState.AddModelError(string.Empty, rejected.Message);
            return Page();
        }

        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Organizations/Index");
    }
}
