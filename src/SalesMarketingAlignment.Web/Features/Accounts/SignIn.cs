using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// Signs in with email and password (the Login page and <c>POST /api/v1/auth/login</c>). No answer tells whether an
/// account exists, is disabled or is waiting (OWASP ASVS 2.2/3.2): unknown email, wrong password, disabled account and
/// a throttled address get the same message, and each of them pays one password-hash verification, so they also take
/// the same time. Wrong passwords slow down the email and address they came from (<see cref="SignInThrottle"/>), never
/// the account as a whole. A bearer sign-in starts a family of single-use refresh tokens (<see cref="UserSessions"/>).
/// </summary>
public sealed class SignIn(
    SignInManager<ApplicationUser> signIn,
    IPasswordHasher<ApplicationUser> hasher,
    SignIn.DummyPasswordHash dummyHash,
    SignInThrottle throttle,
    UserSessions sessions,
    IAuditTrail audit,
    TimeProvider clock,
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

    /// <summary>Unknown email, wrong password, disabled account or a waiting address: one message for all.</summary>
    public sealed record Rejected(string Message) : Result;

    /// <param name="scheme">The cookie (pages, and the API with useCookies=true) or the bearer scheme (API tokens): the
    /// scheme's handler writes the cookie or the token response.</param>
    public async Task<Result> HandleAsync(Request request, string scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        signIn.AuthenticationScheme = scheme;
        var email = request.Email.Trim();
        var address = signIn.Context.Connection.RemoteIpAddress?.ToString() ?? "";
        var user = await signIn.UserManager.FindByNameAsync(email);

        // A waiting address or a disabled account is refused before the password is checked: check a dummy instead
        // so that it takes as long as a real check.
        if (user is null || user.IsDisabled || throttle.WaitFor(email, address) > TimeSpan.Zero)
        {
            VerifyAgainstDummy(request.Password);
            await audit.RecordAsync(new AuditEntry(AuditKind.SignInFailed, SubjectUserId: user?.Id), cancellationToken);
            return WrongCredentials();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: false);
        if (!check.Succeeded)
        {
            var waits = throttle.RecordFailure(email, address);
            await audit.RecordAsync(new AuditEntry(waits ? AuditKind.SignInThrottled : AuditKind.SignInFailed, SubjectUserId: user.Id), cancellationToken);
            return WrongCredentials();
        }

        throttle.RecordSuccess(email, address);
        Claim[] claims = scheme == IdentityConstants.BearerScheme
            ? [await sessions.StartFamilyAsync(user.Id, cancellationToken), SessionLifetime.SignedInAtClaim(clock.GetUtcNow())]
            : [];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        await audit.RecordAsync(new AuditEntry(AuditKind.SignIn, user.Id, Detail: scheme == IdentityConstants.BearerScheme ? "API" : null), cancellationToken);
        return new SignedIn();
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
