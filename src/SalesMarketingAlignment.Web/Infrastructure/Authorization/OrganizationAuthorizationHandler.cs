using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Infrastructure.Authorization;

/// <summary>
/// Decides <see cref="OrganizationRequirement"/>s from membership and role. Rights are looked up once per request and
/// organization, so a page that asks for read and then for change pays one query.
/// </summary>
public sealed class OrganizationAuthorizationHandler(AlignmentDbContext db, UserManager<ApplicationUser> users)
    : AuthorizationHandler<OrganizationRequirement, OrganizationResource>
{
    private readonly Dictionary<(string UserId, int OrganizationId), OrganizationRights> _known = [];

    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OrganizationRequirement requirement, OrganizationResource resource)
    {
        if (await RightsAsync(context.User, resource.OrganizationId) >= requirement.Needed)
        {
            context.Succeed(requirement);
        }
    }

    public async Task<OrganizationRights> RightsAsync(ClaimsPrincipal user, int organizationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = users.GetUserId(user);
        if (userId is null)
        {
            return OrganizationRights.None;
        }

        if (_known.TryGetValue((userId, organizationId), out var known))
        {
            return known;
        }

        var exists = user.IsInRole(Roles.Administrator)
            ? await db.Organizations.AnyAsync(o => o.Id == organizationId)
            : await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == organizationId && m.UserId == userId);
        var rights = !exists ? OrganizationRights.None
            : user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Consultant) ? OrganizationRights.Change
            : user.IsInRole(Roles.Executive) ? OrganizationRights.Read
            : OrganizationRights.None;
        _known[(userId, organizationId)] = rights;
        return rights;
    }

    /// <summary>Organizations the user may see: all for administrators, otherwise those they are a member of.</summary>
    public static IQueryable<Organization> Visible(AlignmentDbContext db, ClaimsPrincipal user, string? userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Administrator))
        {
            return db.Organizations;
        }

        var id = userId ?? "";
        return db.Organizations.Where(o => o.Members.Any(m => m.UserId == id));
    }
}
