using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Authenticates a request with the bearer token when it sends one, otherwise with the Identity cookie.</summary>
    public const string BearerOrCookieScheme = "Identity.BearerOrCookie";

    /// <summary>Rate-limiter policy of the anonymous endpoints (login, refresh, surveys).</summary>
    public const string AnonymousRateLimit = "anonymous-api";

    /// <summary>
    /// Registers what the JSON API needs: Identity bearer tokens, a default scheme that accepts a bearer token or the
    /// cookie (so the existing authorization policies accept both), 401/403 ProblemDetails under /api, the per-address
    /// rate limit of the anonymous endpoints and the OpenAPI document. Call after AddIdentity.
    /// </summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddPolicyScheme(BearerOrCookieScheme, "Bearer token or Identity cookie", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme);

        // Runs after AddIdentity's defaults (cookie only); pages without a bearer header behave exactly as before.
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultAuthenticateScheme = BearerOrCookieScheme;
            options.DefaultChallengeScheme = BearerOrCookieScheme;
            options.DefaultForbidScheme = BearerOrCookieScheme;
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();

        // Per-address limits of the anonymous endpoints and forms (Infrastructure/RateLimits).
        services.AddAppRateLimits();

        services.AddOpenApi(options => options.AddAppConventions());
        return services;
    }
}
