using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Features.Organizations;

/// <summary>
/// Accepts an invitation (Account/AcceptInvitation?token=…): without an account for the invited email, the visitor
/// chooses a password and gets an executive account made by the inviter; with one, the visitor must be signed in as
/// that account and joins. Either way the invitation is then used up. Links expire after
/// <see cref="AddMember.InvitationLifetime"/>.
/// </summary>
public sealed class AcceptInvitation(
    AlignmentDbContext db,
    UserManager<ApplicationUser> users,
    IAuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public const string InvalidText = "This invitation is not valid, has expired or was used already.";
    public const string SignInFirstText = "This email already has an account. Sign in with it, then open the invitation link again.";

    public sealed class NewAccount
    {
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Enter a password.")]
        [PasswordRule]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    /// <summary>What the page shows: the organization and the invited email.</summary>
    public sealed record Details(int OrganizationId, string OrganizationName, string Email);

    public abstract record Result;

    public sealed record Joined(ApplicationUser User, int OrganizationId, bool AccountCreated) : Result;

    public sealed record NotValid(string Message) : Result;

    /// <summary>The email has an account, and the visitor is not signed in as it.</summary>
    public sealed record SignInFirst(string Message) : Result;

    /// <summary>Errors keyed by the request's property name.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Result;

    public async Task<Details?> FindAsync(string? token, CancellationToken cancellationToken = default) =>
        await OpenInvitationAsync(token, cancellationToken) is { } invitation
            ? new Details(invitation.OrganizationId, invitation.Organization!.Name, invitation.Email)
            : null;

    /// <param name="signedInUserId">The visitor's account, if signed in.</param>
    /// <param name="newAccount">The password form, when the visitor has no account.</param>
    public async Task<Result> HandleAsync(string? token, string? signedInUserId, NewAccount? newAccount, CancellationToken cancellationToken = default)
    {
        var invitation = await OpenInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return new NotValid(localizer[InvalidText]);
        }

        var user = await users.FindByEmailAsync(invitation.Email);
        var created = false;
        if (user is not null && user.Id != signedInUserId)
        {
            return new SignInFirst(localizer[SignInFirstText]);
        }

        if (user is null)
        {
            if (newAccount is null)
            {
                return new Invalid(new Dictionary<string, string[]> { [nameof(NewAccount.Password)] = [localizer["Enter a password."]] });
            }

            user = new ApplicationUser
            {
                UserName = invitation.Email,
                Email = invitation.Email,
                EmailConfirmed = true,
                DisplayName = ApplicationUser.DisplayNameFor(invitation.Email, newAccount.DisplayName),
                CreatedById = invitation.InvitedById,
            };
            var result = await users.CreateAsync(user, newAccount.Password);
            if (!result.Succeeded)
            {
                return result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                    ? new SignInFirst(localizer[SignInFirstText])
                    : new Invalid(new Dictionary<string, string[]> { [nameof(NewAccount.Password)] = result.Errors.Select(e => e.Description).ToArray() });
            }

            await users.AddToRoleAsync(user, Roles.Executive);
            created = true;
            await audit.RecordAsync(new AuditEntry(AuditKind.AccountCreated, invitation.InvitedById, user.Id, invitation.OrganizationId, Detail: Roles.Executive), cancellationToken);
        }

        // Used up before the membership is added, so that one link cannot be accepted twice at once.
        var now = clock.GetUtcNow().UtcDateTime;
        var used = await db.MemberInvitations.Where(i => i.Id == invitation.Id && i.AcceptedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now), cancellationToken);
        if (used == 0)
        {
            return new NotValid(localizer[InvalidText]);
        }

        if (!await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == invitation.OrganizationId && m.UserId == user.Id, cancellationToken))
        {
            db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = invitation.OrganizationId, UserId = user.Id });
            await db.SaveChangesAsync(cancellationToken);
        }

        await audit.RecordAsync(new AuditEntry(AuditKind.InvitationAccepted, user.Id, user.Id, invitation.OrganizationId), cancellationToken);
        return new Joined(user, invitation.OrganizationId, created);
    }

    private async Task<MemberInvitation?> OpenInvitationAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = MemberInvitation.HashToken(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.MemberInvitations.Include(i => i.Organization).AsNoTracking()
            .SingleOrDefaultAsync(i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now, cancellationToken);
    }
}
