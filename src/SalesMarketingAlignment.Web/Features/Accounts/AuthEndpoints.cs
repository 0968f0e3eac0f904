using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>Refresh body: the refreshToken of an earlier login or refresh.</summary>
public sealed class RefreshBody
{
    [Required(ErrorMessage = "Send the refresh token.")]
    public string RefreshToken { get; set; } = "";
}

/// <summary>
/// Sign-in for API clients with the Identity API endpoints' bearer tokens (as MapIdentityApi's login and refresh do).
/// MapIdentityApi itself is deliberately not mapped: its /register would let anyone create an account.
/// </summary>
public static class AuthEndpoints
{
    /// <summary>Under /api/v1; not under /auth, whose endpoints are anonymous: this one needs the caller signed in.</summary>
    public const string LogoutRoute = "/account/logout";

    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var auth = api.MapGroup("/auth").AllowAnonymous().RequireRateLimiting(ApiServiceCollectionExtensions.AnonymousRateLimit).WithTags("Auth");
        auth.MapPost("/login", LoginAsync)
            .RequireFormRateLimit(RateLimits.SignIn)
            .AcceptsJson<SignIn.Request>()
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Sign in: bearer tokens, or the site's cookie with ?useCookies=true");
        auth.MapPost("/refresh", RefreshAsync)
            .AcceptsJson<RefreshBody>()
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("New tokens for a refresh token");
        api.MapPost(LogoutRoute, LogoutAsync)
            .WithTags("Auth")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Sign out everywhere: ends every session, access token and refresh token of the caller");
        return api;
    }

    private static async Task<IResult> LogoutAsync(
        HttpContext context, UserManager<ApplicationUser> users, UserSessions sessions, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await sessions.EndEverySessionAsync(user, cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditKind.SignOut, user.Id, Detail: "API"), cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult> LoginAsync(
        HttpContext context, bool? useCookies, SignIn signIn, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<SignIn.Request>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        // The bearer handler writes the token response itself on sign-in; the cookie handler sets the cookie.
        var scheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        return await signIn.HandleAsync(body.Value!, scheme, cancellationToken) switch
        {
            SignIn.Rejected rejected => ApiProblems.Unauthorized(rejected.Message),
            _ => TypedResults.Empty,
        };
    }

    private static async Task<IResult> RefreshAsync(
        HttpContext context, SignInManager<ApplicationUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions,
        UserSessions sessions, TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<RefreshBody>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(body.Value!.RefreshToken);

        // A changed security stamp (new password, sign-out, disabled account) invalidates earlier refresh tokens; each
        // token is good for one exchange, and a replayed one ends its whole family (UserSessions).
        // A chain of refreshes ends 12 hours after the password was checked (SessionLifetime).
        if (ticket?.Properties?.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires ||
            SessionLifetime.IsOver(ticket.Principal, clock.GetUtcNow()) ||
            await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsDisabled: false } user ||
            await sessions.ExchangeAsync(ticket.Principal, user, cancellationToken) is not UserSessions.Exchanged next)
        {
            return ApiProblems.Unauthorized("The refresh token is not valid or has expired; sign in again.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims([next.NextGrant, ticket.Principal.FindFirst(SessionLifetime.SignedInAtClaimType)!]);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
