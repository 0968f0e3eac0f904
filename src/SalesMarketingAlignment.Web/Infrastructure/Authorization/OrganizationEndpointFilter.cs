using SalesMarketingAlignment.Web.Api;

namespace SalesMarketingAlignment.Web.Infrastructure.Authorization;

/// <summary>Applies <see cref="OrganizationAuthorizer"/> to minimal API endpoints (and the report download route).</summary>
public sealed class OrganizationEndpointFilter(OrganizationSource source, bool changeOnly = false) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        return await OrganizationAuthorizer.AuthorizeAsync(http, source, changeOnly) switch
        {
            OrganizationDecision.Allowed => await next(context),
            OrganizationDecision.Forbidden when ApiEndpoints.IsApiRequest(http.Request) => ApiProblems.Forbidden(),
            OrganizationDecision.Forbidden => Results.StatusCode(StatusCodes.Status403Forbidden),
            _ when ApiEndpoints.IsApiRequest(http.Request) => ApiProblems.NotFound(),
            _ => Results.NotFound(),
        };
    }
}

public static class OrganizationEndpointFilterExtensions
{
    /// <summary>
    /// Every endpoint of this builder is about the organization named by <paramref name="source"/>: 404 when it is not
    /// visible to the caller, 403 when an unsafe method meets read-only rights.
    /// </summary>
    public static TBuilder RequireOrganization<TBuilder>(this TBuilder builder, OrganizationSource source, bool changeOnly = false)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(new OrganizationEndpointFilter(source, changeOnly));
    }
}
