using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Web.Features.Accounts;

namespace SalesMarketingAlignment.Web.Pages.Account;

/// <summary>Asks for a reset link by email (<see cref="PasswordReset"/>); the same answer whether the email has an account or not.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordReset passwordReset) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "The email is too long.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    public bool CanSendMail => passwordReset.CanSendMail;

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanSendMail || !ModelState.IsValid)
        {
            return Page();
        }

        await passwordReset.RequestAsync(Request, Email, cancellationToken);
        Sent = true;
        return Page();
    }
}
