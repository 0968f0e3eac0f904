namespace SalesMarketingAlignment.Web.Infrastructure.Authorization;

/// <summary>
/// The organization a request was authorized for, and whether the caller may change it (to show or hide actions).
/// Set by the organization filter before the page handler or endpoint runs.
/// </summary>
public sealed record OrganizationScope(int OrganizationId, bool CanChange);

public static class OrganizationScopeExtensions
{
    /// <summary>The scope the organization filter authorized; throws when the page or endpoint has no such filter.</summary>
    public static OrganizationScope OrganizationScope(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<OrganizationScope>()
            ?? throw new InvalidOperationException("This page or endpoint is not behind the organization filter (RequireOrganization / [AuthorizeOrganization]).");
    }
}
