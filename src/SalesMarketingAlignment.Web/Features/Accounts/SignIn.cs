using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// Signs in with email and password (the Login page and <c>POST /api/v1/auth/login</c>). Every failure counts towards
/// the lockout (IdentityOptions.Lockout). No answer tells whether an account exists or is locked (OWASP ASVS 2.2/3.2):
/// unknown email, wrong password and locked account get the same message, and each of them pays one password-hash
/// verification, so they also take the same time.
/// </summary>
public sealed class SignIn(
    SignInManager<ApplicationUser> signIn,
    IPasswordHasher<ApplicationUser> hasher,
    SignIn.DummyPasswordHash dummyHash,
    IStringLocalizer<SharedResource> localizer)
{
    public const string WrongCredentialsText = "The email or password is not correct.";

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

    /// <summary>Unknown email, wrong password or locked account: one message for all three.</summary>
    public sealed record Rejected(string Message) : Result;

    /// <param name="scheme">The cookie (pages, and the API with useCookies=true) or the bearer scheme (API tokens): the
    /// scheme's handler writes the cookie or the token response.</param>
    public async Task<Result> HandleAsync(Request request, string scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        signIn.AuthenticationScheme = scheme;
        var user = await signIn.UserManager.FindByNameAsync(request.Email.Trim());
        if (user is null)
        {
            // Same cost as checking a real account's password, so the time does not tell that the email is unknown.
            VerifyAgainstDummy(request.Password);
            return WrongCredentials();
        }

        // A locked account is refused before its password is checked: check a dummy instead so that it takes as long.
        var lockedBefore = await signIn.UserManager.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new SignedIn();
        }

        if (lockedBefore)
        {
            VerifyAgainstDummy(request.Password);
        }

        return WrongCredentials();
    }

    private Rejected WrongCredentials() => new(localizer[WrongCredentialsText]);

    private void VerifyAgainstDummy(string password) =>
        _ = hasher.VerifyHashedPassword(DummyPasswordHash.User, dummyHash.For(hasher), password);

    /// <summary>
    /// A hash of a random password made once with the app's hasher (so with its iteration count), for the unknown-email
    /// and locked-account paths to verify against.
    /// </summary>
    public sealed class DummyPasswordHash
    {
        internal static readonly ApplicationUser User = new() { UserName = "no-such-user" };

        private readonly Lock _gate = new();
        private string? _hash;

        public string For(IPasswordHasher<ApplicationUser> hasher)
        {
            ArgumentNullException.ThrowIfNull(hasher);
            lock (_gate)
            {
                return _hash ??= hasher.HashPassword(User, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
        }
    }
}
