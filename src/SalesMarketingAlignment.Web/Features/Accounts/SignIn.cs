using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// Signs in with email and password (the Login page and <c>POST /api/v1/auth/login</c>). Every failure counts towards
/// the lockout (IdentityOptions.Lockout); the messages do not tell an unknown email from a wrong password.
/// </summary>
public sealed class SignIn(SignInManager<ApplicationUser> signIn, IOptions<IdentityOptions> identity, IStringLocalizer<SharedResource> localizer)
{
    public const string WrongCredentialsText = "The email or password is not correct.";

    public const string LockedOutText = "Too many failed attempts: the account is locked for {0} minutes; try again later.";

    public sealed class Request
    {
        [Required(ErrorMessage = "Enter your email.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    public abstract record Result;

    public sealed record SignedIn : Result;

    /// <summary>Wrong email or password, or locked out; <see cref="Message"/> says which (never whether the email exists).</summary>
    public sealed record Rejected(string Message, bool LockedOut) : Result;

    /// <param name="scheme">The cookie (pages, and the API with useCookies=true) or the bearer scheme (API tokens): the
    /// scheme's handler writes the cookie or the token response.</param>
    public async Task<Result> HandleAsync(Request request, string scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new SignedIn();
        }

        return result.IsLockedOut
            ? new Rejected(localizer[LockedOutText, (int)Math.Ceiling(identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes)], LockedOut: true)
            : new Rejected(localizer[WrongCredentialsText], LockedOut: false);
    }
}
