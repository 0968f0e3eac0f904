using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// CSRF defence of the API for browsers: an unsafe call (POST, PUT, PATCH, DELETE) under /api that the Identity cookie
/// authenticates must come from this origin, by its <c>Origin</c> header or, when a browser sends none, its
/// <c>Referer</c>; with neither it is refused too. SameSite=Lax alone let a cross-site form post close an assessment
/// (bodiless endpoints read no JSON, so the 415 for form bodies did not stop it). Bearer-token calls carry no ambient
/// credential and are not checked. Pages are protected by antiforgery tokens instead.
/// </summary>
public static class CrossSiteRequests
{
    public const string RefusedDetail = "Cross-site request refused: a call signed in with the cookie must come from this site (Origin or Referer).";

    /// <summary>After UseAuthentication (it needs to know which scheme signed the caller in), before the endpoints.</summary>
    public static IApplicationBuilder UseCrossSiteRequestCheck(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            if (IsCookieAuthenticatedUnsafeApiCall(context) && !IsSameOrigin(context.Request))
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: RefusedDetail)
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }

    private static bool IsCookieAuthenticatedUnsafeApiCall(HttpContext context) =>
        ApiEndpoints.IsApiRequest(context.Request)
        && OrganizationAuthorizer.Changes(context.Request.Method)
        && context.User.Identity?.IsAuthenticated == true
        // The same rule as the API's scheme selector: a bearer header means the token, not the cookie, signed in.
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Origin when sent (a browser sends it on every cross-origin and every non-GET fetch), else Referer.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claimed = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(claimed))
        {
            claimed = request.Headers.Referer.ToString();
        }

        return Uri.TryCreate(claimed, UriKind.Absolute, out var source)
            && string.Equals(source.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(source.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && source.Port == (request.Host.Port ?? (request.IsHttps ? 443 : 80));
    }
}
