using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Infrastructure;

public enum Access
{
    /// <summary>Not visible: answer 404, as if it did not exist.</summary>
    None = 0,

    /// <summary>Executives of the organization: read only.</summary>
    Read = 1,

    /// <summary>Consultants of the organization, and administrators.</summary>
    Write = 2,
}

/// <summary>
/// The tenant check every page and endpoint goes through: what the signed-in user may do with an organization (or an
/// assessment, through its organization). Administrators see everything; others only their organizations.
/// </summary>
public sealed class OrganizationAccess(AlignmentDbContext db, UserManager<ApplicationUser> users)
{
    public static bool IsAdministrator(ClaimsPrincipal user) => user?.IsInRole(Roles.Administrator) ?? false;

    /// <summary>Organizations the user may see.</summary>
    public IQueryable<Organization> VisibleOrganizations(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (IsAdministrator(user))
        {
            return db.Organizations;
        }

        var userId = users.GetUserId(user) ?? "";
        return db.Organizations.Where(o => o.Members.Any(m => m.UserId == userId));
    }

    public async Task<Access> ToOrganizationAsync(ClaimsPrincipal user, int organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await VisibleOrganizations(user).AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            return Access.None;
        }

        return IsAdministrator(user) || user.IsInRole(Roles.Consultant) ? Access.Write : Access.Read;
    }

    /// <summary>The assessment's organization id and the user's access to it; None when it does not exist or is not visible.</summary>
    public async Task<(Access Access, int OrganizationId)> ToAssessmentAsync(ClaimsPrincipal user, int assessmentId, CancellationToken cancellationToken = default)
    {
        var organizationId = await db.Assessments.Where(a => a.Id == assessmentId).Select(a => (int?)a.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        if (organizationId is null)
        {
            return (Access.None, 0);
        }

        return (await ToOrganizationAsync(user, organizationId.Value, cancellationToken), organizationId.Value);
    }
}
