using Microsoft.AspNetCore.Authorization;

namespace SalesMarketingAlignment.Web.Infrastructure.Authorization;

/// <summary>What the organization filter decided for one request.</summary>
public enum OrganizationDecision
{
    Allowed,

    /// <summary>Missing, or not visible to the caller: 404, so ids of other tenants do not leak.</summary>
    NotFound,

    /// <summary>Visible, but the caller may only read and the request would change it: 403.</summary>
    Forbidden,
}

/// <summary>
/// The one access check of pages and endpoints about an organization or its assessments: find the organization from
/// the route, ask the <see cref="OrganizationPolicies"/> (read for safe methods, change for the others) and record the
/// <see cref="OrganizationScope"/> for the handler.
/// </summary>
public static class OrganizationAuthorizer
{
    /// <param name="changeOnly">True for a page or endpoint that is of no use to a reader, such as a form that creates:
    /// then even GET needs the right to change.</param>
    public static async Task<OrganizationDecision> AuthorizeAsync(HttpContext context, OrganizationSource source, bool changeOnly = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        var organizationId = await source.ResolveAsync(context, context.RequestAborted);
        if (organizationId is null)
        {
            return OrganizationDecision.NotFound;
        }

        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var resource = new OrganizationResource(organizationId.Value);
        if (!(await authorization.AuthorizeAsync(context.User, resource, OrganizationPolicies.CanRead)).Succeeded)
        {
            return OrganizationDecision.NotFound;
        }

        var canChange = (await authorization.AuthorizeAsync(context.User, resource, OrganizationPolicies.CanChange)).Succeeded;
        if (!canChange && (changeOnly || Changes(context.Request.Method)))
        {
            return OrganizationDecision.Forbidden;
        }

        context.Features.Set(new OrganizationScope(organizationId.Value, canChange));
        return OrganizationDecision.Allowed;
    }

    /// <summary>Unsafe methods (RFC 9110 9.2.1) change the organization; GET, HEAD, OPTIONS and TRACE only read it.</summary>
    public static bool Changes(string method) =>
        !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method) && !HttpMethods.IsTrace(method);
}
