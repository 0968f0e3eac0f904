using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// The sessions of a user: cookies and bearer tokens carry the security stamp, checked on every request
/// (<see cref="SessionValidation"/>); refresh tokens are single-use grants (<see cref="RefreshTokenGrant"/>).
/// </summary>
public sealed class UserSessions(
    AlignmentDbContext db,
    UserManager<ApplicationUser> users,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    IAuditTrail audit,
    TimeProvider clock)
{
    /// <summary>The claim in bearer and refresh tokens that names the refresh grant.</summary>
    public const string GrantClaimType = "sma:refresh-grant";

    public abstract record Exchange;

    public sealed record Exchanged(Claim NextGrant) : Exchange;

    public sealed record Refused : Exchange;

    /// <summary>
    /// Ends every session of the user at once: a new security stamp (so every cookie and access token fails its next
    /// check) and every refresh token revoked.
    /// </summary>
    public async Task EndEverySessionAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not renew the security stamp: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await RevokeRefreshTokensAsync(user.Id, cancellationToken);
    }

    /// <summary>Revokes every refresh token of the user (a password change renews the stamp itself).</summary>
    public async Task RevokeRefreshTokensAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.RefreshTokenGrants
            .Where(g => g.UserId == userId && g.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RevokedAtUtc, now), cancellationToken);
    }

    /// <summary>A grant for a new sign-in (a new family), as the claim to put in the tokens.</summary>
    public async Task<Claim> StartFamilyAsync(string userId, CancellationToken cancellationToken = default)
    {
        // The user's expired grants are of no more use (not even for replay detection: an expired token is refused anyway).
        var now = clock.GetUtcNow().UtcDateTime;
        await db.RefreshTokenGrants.Where(g => g.UserId == userId && g.ExpiresAtUtc < now).ExecuteDeleteAsync(cancellationToken);
        return await IssueAsync(userId, NewId(), cancellationToken);
    }

    /// <summary>
    /// Exchanges the grant of a presented refresh token for the next one of its family, once. A grant used before
    /// (a replayed or stolen token) revokes its whole family, so the thief's and the owner's next refresh both fail.
    /// </summary>
    public async Task<Exchange> ExchangeAsync(ClaimsPrincipal principal, ApplicationUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(user);
        var grantId = principal.FindFirstValue(GrantClaimType);
        var grant = grantId is null ? null : await db.RefreshTokenGrants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (grant is null || grant.UserId != user.Id || grant.RevokedAtUtc is not null || grant.ExpiresAtUtc <= now)
        {
            return new Refused();
        }

        // Marks it used only if nobody did before: of two concurrent exchanges, exactly one wins.
        var marked = await db.RefreshTokenGrants
            .Where(g => g.Id == grant.Id && g.UsedAtUtc == null && g.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.UsedAtUtc, now), cancellationToken);
        if (marked == 0)
        {
            await db.RefreshTokenGrants
                .Where(g => g.FamilyId == grant.FamilyId && g.RevokedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.RevokedAtUtc, now), cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditKind.RefreshTokenReplayed, user.Id), cancellationToken);
            return new Refused();
        }

        return new Exchanged(await IssueAsync(user.Id, grant.FamilyId, cancellationToken));
    }

    private async Task<Claim> IssueAsync(string userId, string familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new RefreshTokenGrant
        {
            Id = NewId(),
            FamilyId = familyId,
            UserId = userId,
            IssuedAtUtc = now,
            ExpiresAtUtc = now + bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration,
        };
        db.RefreshTokenGrants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(grant).State = EntityState.Detached;
        return new Claim(GrantClaimType, grant.Id);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}

/// <summary>
/// Checks the security stamp of every authenticated request, cookie or bearer: a disabled account, a changed or reset
/// password and a sign-out end the sessions that were open, on their next request. A cookie that fails is deleted.
/// One look-up of the user per authenticated request.
/// </summary>
public static class SessionValidation
{
    public static IApplicationBuilder UseSessionValidation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                var signIn = context.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
                var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

                // Cookies check their own absolute lifetime (SessionLifetime.Apply); access tokens carry it as a claim.
                var tooOld = bearer && SessionLifetime.IsOver(context.User, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
                var user = tooOld ? null : await signIn.ValidateSecurityStampAsync(context.User);
                if (user is null || user.IsDisabled)
                {
                    if (!bearer)
                    {
                        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                    }

                    context.User = new ClaimsPrincipal(new ClaimsIdentity());
                }
            }

            await next(context);
        });
}
