using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Pages.Admin.Audit;

/// <summary>The audit trail (<see cref="IAuditTrail"/>) for administrators, newest first, a page at a time.</summary>
public sealed class IndexModel(AlignmentDbContext db) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<Row> Events { get; private set; } = [];

    /// <summary>The id to continue from for older events; null on the last page.</summary>
    public long? OlderFrom { get; private set; }

    public async Task OnGetAsync(long? before, CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (before is { } id)
        {
            events = events.Where(e => e.Id < id);
        }

        var rows = await events
            .OrderByDescending(e => e.Id)
            .Take(PageSize + 1)
            .Select(e => new Row(
                e.Id,
                e.OccurredAtUtc,
                e.Kind,
                e.ActorId,
                db.Users.Where(u => u.Id == e.ActorId).Select(u => u.Email).FirstOrDefault(),
                e.SubjectUserId,
                db.Users.Where(u => u.Id == e.SubjectUserId).Select(u => u.Email).FirstOrDefault(),
                db.Organizations.Where(o => o.Id == e.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                db.Assessments.Where(a => a.Id == e.AssessmentId).Select(a => a.Title).FirstOrDefault(),
                e.Detail))
            .ToListAsync(cancellationToken);
        Events = rows.Take(PageSize).ToList();
        OlderFrom = rows.Count > PageSize ? Events[^1].Id : null;
    }

    /// <summary>The English text of an event kind (the localizer's key).</summary>
    public string KindText(string kind) => Enum.TryParse<AuditKind>(kind, out var known) ? Texts.GetValueOrDefault(known, kind) : kind;

    private static readonly Dictionary<AuditKind, string> Texts = new()
    {
        [AuditKind.SignIn] = "Signed in",
        [AuditKind.SignInFailed] = "Sign-in failed",
        [AuditKind.SignInThrottled] = "Sign-in failed; this address waits",
        [AuditKind.SignOut] = "Signed out everywhere",
        [AuditKind.PasswordChanged] = "Password changed",
        [AuditKind.PasswordResetRequested] = "Password link requested",
        [AuditKind.PasswordResetLinkIssued] = "Password link issued by an administrator",
        [AuditKind.PasswordReset] = "Password set from a link",
        [AuditKind.AccountCreated] = "Account created",
        [AuditKind.AccountDisabled] = "Account disabled",
        [AuditKind.AccountEnabled] = "Account enabled",
        [AuditKind.MemberAdded] = "Member added",
        [AuditKind.MemberInvited] = "Member invited",
        [AuditKind.InvitationAccepted] = "Invitation accepted",
        [AuditKind.MemberRemoved] = "Member removed",
        [AuditKind.RefreshTokenReplayed] = "Refresh token replayed; its sign-in ended",
        [AuditKind.SetupCodeRejected] = "Wrong setup code",
        [AuditKind.ExportDownloaded] = "Export downloaded",
        [AuditKind.ReportDownloaded] = "Report downloaded",
        [AuditKind.ResponseVoided] = "Response voided",
    };

    /// <summary>All kinds' texts, for the translation check.</summary>
    public static IEnumerable<string> AllKindTexts => Texts.Values;

    public sealed record Row(
        long Id, DateTime OccurredAtUtc, string Kind, string? ActorId, string? ActorEmail, string? SubjectUserId,
        string? SubjectEmail, string? OrganizationName, string? AssessmentTitle, string? Detail);
}
