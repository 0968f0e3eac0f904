using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Features.Users;

/// <summary>An account as lists show it: name, email and its one role.</summary>
public sealed record UserSummary(string Id, string DisplayName, string Email, string Role, bool IsDisabled = false);

public static class UserSummaryQueries
{
    /// <summary>The accounts of <paramref name="users"/> with their role, in one query (the Users page, an organization's members).</summary>
    public static IQueryable<UserSummary> WithRoles(this IQueryable<ApplicationUser> users, AlignmentDbContext db)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(db);
        return users.Select(user => new UserSummary(
            user.Id,
            user.DisplayName,
            user.Email ?? "",
            (from userRole in db.UserRoles
             join role in db.Roles on userRole.RoleId equals role.Id
             where userRole.UserId == user.Id
             select role.Name).FirstOrDefault() ?? "",
            user.IsDisabled));
    }
}
