using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

namespace SalesMarketingAlignment.Web.Features.Organizations;

public sealed record Member(int OrganizationId, string UserId, string Email);

/// <summary>
/// Adds someone to an organization by email (the AddExecutive page and <c>POST /api/v1/organizations/{id}/members</c>).
/// Administrators add any existing account at once; consultants only the accounts they made (through an earlier
/// invitation). Every other email, whether it has an account or not, gets an invitation that its owner accepts by
/// setting a password or by signing in (<see cref="AcceptInvitation"/>), and the caller gets the same answer,
/// <see cref="Invited"/>, for both, so adding a member tells nobody whether an account exists (issue 13: a consultant
/// could pull another client's executive in).
/// </summary>
public sealed class AddMember(
    AlignmentDbContext db,
    UserManager<ApplicationUser> users,
    IMailSender mail,
    IAuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public const string PagePath = "/Account/AcceptInvitation";

    public sealed class Request
    {
        [Required(ErrorMessage = "Enter an email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email is too long.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }

    public abstract record Result;

    public sealed record Added(Member Member) : Result;

    public sealed record AlreadyMember(Member Member) : Result;

    /// <summary>
    /// An invitation went to the email (whether or not it has an account). <paramref name="Link"/> is given only when
    /// it could not be mailed, for the caller to pass on.
    /// </summary>
    public sealed record Invited(string Email, bool Mailed, string? Link) : Result;

    /// <param name="organizationId">An organization the caller may change (the organization filter checked it).</param>
    /// <param name="request">A request that passed its data annotations.</param>
    public async Task<Result> HandleAsync(int organizationId, Request request, ClaimsPrincipal caller, HttpRequest httpRequest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(httpRequest);
        var callerId = AuditTrail.UserId(caller) ?? throw new InvalidOperationException("A signed-in caller is required.");
        var email = request.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        // Members are on the organization's page already: saying so tells the caller nothing new.
        if (user is not null && await IsMemberAsync(organizationId, user.Id, cancellationToken))
        {
            return new AlreadyMember(MemberOf(organizationId, user));
        }

        var mayAddAtOnce = user is not null && (caller.IsInRole(Roles.Administrator) || user.CreatedById == callerId);

        if (user is not null && mayAddAtOnce)
        {
            db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = organizationId, UserId = user.Id });
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditKind.MemberAdded, callerId, user.Id, organizationId), cancellationToken);
            return new Added(MemberOf(organizationId, user));
        }

        // No account, or one the caller may not add: the same invitation and the same answer.
        var token = SurveyLink.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        db.MemberInvitations.Add(new MemberInvitation
        {
            OrganizationId = organizationId,
            Email = email,
            InvitedById = callerId,
            TokenHash = MemberInvitation.HashToken(token),
            CreatedAtUtc = now,
            ExpiresAtUtc = now + InvitationLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditKind.MemberInvited, callerId, user?.Id, organizationId, Detail: email), cancellationToken);

        var link = SurveyLinkUrl.ForPath(httpRequest, QueryHelpers.AddQueryString(PagePath, "token", token));
        var mailed = false;
        if (mail.IsConfigured)
        {
            var organizationName = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync(cancellationToken);
            var body = localizer["You are invited to read the sales and marketing alignment results of {0}. To accept, open this link within 7 days: {1}", organizationName, link].Value
                + "\n\n" + localizer["Without an account you choose your password there; with an account you sign in."].Value;
            var sent = await mail.SendAsync([new OutgoingMail(email, localizer["Invitation: {0}", organizationName], body)], cancellationToken);
            mailed = sent.All(s => s.Sent);
        }

        return new Invited(email, mailed, mailed ? null : link);
    }

    private Task<bool> IsMemberAsync(int organizationId, string userId, CancellationToken cancellationToken) =>
        db.OrganizationMembers.AnyAsync(m => m.OrganizationId == organizationId && m.UserId == userId, cancellationToken);

    private static Member MemberOf(int organizationId, ApplicationUser user) => new(organizationId, user.Id, user.Email ?? "");
}

/// <summary>
/// Removes a member from an organization (its page and <c>DELETE /api/v1/organizations/{id}/members/{userId}</c>).
/// Nobody removes themselves here (that would lock a consultant out of their own client by a slip).
/// </summary>
public sealed class RemoveMember(AlignmentDbContext db, IAuditTrail audit, IStringLocalizer<SharedResource> localizer)
{
    public const string SelfText = "You cannot remove yourself from the organization.";

    public abstract record Result;

    public sealed record Removed : Result;

    public sealed record NotMember : Result;

    public sealed record Refused(string Message) : Result;

    public async Task<Result> HandleAsync(int organizationId, string userId, string callerId, CancellationToken cancellationToken = default)
    {
        if (userId == callerId)
        {
            return new Refused(localizer[SelfText]);
        }

        var removed = await db.OrganizationMembers
            .Where(m => m.OrganizationId == organizationId && m.UserId == userId)
            .ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return new NotMember();
        }

        await audit.RecordAsync(new AuditEntry(AuditKind.MemberRemoved, callerId, userId, organizationId), cancellationToken);
        return new Removed();
    }
}
