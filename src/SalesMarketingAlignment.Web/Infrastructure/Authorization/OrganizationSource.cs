using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Infrastructure.Authorization;

/// <summary>Where a route names its organization: directly, or through one of its assessments.</summary>
public enum OrganizationSourceKind
{
    Organization,
    Assessment,
}

/// <summary>How to find the organization a request is about, from one route value.</summary>
public sealed record OrganizationSource(OrganizationSourceKind Kind, string RouteValue)
{
    public static OrganizationSource Organization(string routeValue) => new(OrganizationSourceKind.Organization, routeValue);

    public static OrganizationSource Assessment(string routeValue) => new(OrganizationSourceKind.Assessment, routeValue);

    /// <summary>The organization's id, or null when the route value is missing, malformed or names nothing.</summary>
    public async Task<int?> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!int.TryParse(context.GetRouteValue(RouteValue)?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var db = context.RequestServices.GetRequiredService<AlignmentDbContext>();
        return Kind switch
        {
            OrganizationSourceKind.Organization => await db.Organizations.AnyAsync(o => o.Id == id, cancellationToken) ? id : null,
            _ => await db.Assessments.Where(a => a.Id == id).Select(a => (int?)a.OrganizationId).FirstOrDefaultAsync(cancellationToken),
        };
    }
}
