using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure;

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
        return api;
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
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<RefreshBody>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(body.Value!.RefreshToken);

        // A changed security stamp (new password, lockout reset) invalidates earlier refresh tokens.
        if (ticket?.Properties?.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires ||
            await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return ApiProblems.Unauthorized("The refresh token is not valid or has expired; sign in again.");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
