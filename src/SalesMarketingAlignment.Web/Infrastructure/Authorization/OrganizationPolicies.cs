using Microsoft.AspNetCore.Authorization;

namespace SalesMarketingAlignment.Web.Infrastructure.Authorization;

/// <summary>
/// The two resource-based policies over an organization (and, through it, its assessments). Administrators pass both;
/// consultants who are members may change; executives who are members may read. Everyone else gets nothing, and the
/// organization answers 404 to them as if it did not exist.
/// </summary>
public static class OrganizationPolicies
{
    public const string CanRead = "CanReadOrganization";
    public const string CanChange = "CanChangeOrganization";

    public static AuthorizationBuilder AddOrganizationPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(CanRead, p => p.AddRequirements(OrganizationRequirement.Read))
            .AddPolicy(CanChange, p => p.AddRequirements(OrganizationRequirement.Change));
    }
}

/// <summary>What a policy asks of the caller's rights on the organization.</summary>
public sealed class OrganizationRequirement : IAuthorizationRequirement
{
    private OrganizationRequirement(OrganizationRights needed) => Needed = needed;

    public static OrganizationRequirement Read { get; } = new(OrganizationRights.Read);

    public static OrganizationRequirement Change { get; } = new(OrganizationRights.Change);

    public OrganizationRights Needed { get; }
}

/// <summary>The resource the policies are evaluated on.</summary>
public sealed record OrganizationResource(int OrganizationId);

/// <summary>A caller's rights on one organization, ordered: each level includes the ones below.</summary>
public enum OrganizationRights
{
    /// <summary>Not visible: answer 404.</summary>
    None = 0,

    /// <summary>Executives of the organization.</summary>
    Read = 1,

    /// <summary>Consultants of the organization, and administrators.</summary>
    Change = 2,
}
