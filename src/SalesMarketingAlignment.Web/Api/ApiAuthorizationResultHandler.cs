using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace SalesMarketingAlignment.Web.Api;

/// <summary>
/// Under /api, a failed authorization answers 401 or 403 ProblemDetails instead of the cookie's redirect to the login
/// or access-denied page; pages keep the default behaviour.
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded || !ApiEndpoints.IsApiRequest(context.Request))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ApiProblems.Unauthorized().ExecuteAsync(context);
        }
        else
        {
            await ApiProblems.Forbidden("Your role does not allow this.").ExecuteAsync(context);
        }
    }
}
