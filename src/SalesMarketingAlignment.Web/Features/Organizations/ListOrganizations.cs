using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Organizations;

public sealed record OrganizationSummary(int Id, string Name);

/// <summary>The organizations a user may see, by name: all for administrators, otherwise those they are a member of.</summary>
public sealed class ListOrganizations(AlignmentDbContext db, UserManager<ApplicationUser> users)
{
    public async Task<IReadOnlyList<OrganizationSummary>> HandleAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await OrganizationAuthorizationHandler.Visible(db, user, users.GetUserId(user))
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new OrganizationSummary(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }
}
