using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// An administrator disables or re-enables an account (Admin/Users). Disabling ends every session and refresh token of
/// the account at once; it cannot sign in until enabled again. An administrator cannot disable their own account.
/// </summary>
public sealed class SetUserDisabled(
    UserManager<ApplicationUser> users, UserSessions sessions, IAuditTrail audit, IStringLocalizer<SharedResource> localizer)
{
    public const string OwnAccountText = "You cannot disable your own account.";

    public abstract record Result;

    public sealed record Done(ApplicationUser User) : Result;

    public sealed record NotFound : Result;

    public sealed record Refused(string Message) : Result;

    public async Task<Result> HandleAsync(string userId, bool disabled, string administratorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(administratorId);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new NotFound();
        }

        if (disabled && user.Id == administratorId)
        {
            return new Refused(localizer[OwnAccountText]);
        }

        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not update the account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (disabled)
        {
            await sessions.EndEverySessionAsync(user, cancellationToken);
        }

        await audit.RecordAsync(new AuditEntry(disabled ? AuditKind.AccountDisabled : AuditKind.AccountEnabled, administratorId, user.Id), cancellationToken);
        return new Done(user);
    }
}
