using System.Security.Claims;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Infrastructure.Audit;

/// <summary>The security events an administrator reads on Admin/Audit.</summary>
public enum AuditKind
{
    SignIn,
    SignInFailed,

    /// <summary>Too many failures from one address for one account: sign-in from there waits (SignInThrottle).</summary>
    SignInThrottled,
    SignOut,
    PasswordChanged,
    PasswordResetRequested,
    PasswordResetLinkIssued,
    PasswordReset,
    AccountCreated,
    AccountDisabled,
    AccountEnabled,
    MemberAdded,
    MemberInvited,
    InvitationAccepted,
    MemberRemoved,
    RefreshTokenReplayed,
    SetupCodeRejected,
    ExportDownloaded,
    ReportDownloaded,

    /// <summary>A survey response set aside; call <see cref="IAuditTrail.RecordAsync"/> with the assessment id.</summary>
    ResponseVoided,
}

/// <summary>One event to record: who did what to whom, where. Never survey answers, never IP addresses.</summary>
public sealed record AuditEntry(
    AuditKind Kind,
    string? ActorId = null,
    string? SubjectUserId = null,
    int? OrganizationId = null,
    int? AssessmentId = null,
    string? Detail = null);

/// <summary>
/// Records security events. Written in a scope of its own, so that it never saves (or is lost with) the caller's
/// unsaved changes. Example for voiding a response:
/// <code>await audit.RecordAsync(new AuditEntry(AuditKind.ResponseVoided, AuditTrail.UserId(User), AssessmentId: id), ct);</code>
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}

public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider clock) : IAuditTrail
{
    /// <summary>The signed-in user's id, or null.</summary>
    public static string? UserId(ClaimsPrincipal? user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            Kind = entry.Kind.ToString(),
            ActorId = entry.ActorId,
            SubjectUserId = entry.SubjectUserId,
            OrganizationId = entry.OrganizationId,
            AssessmentId = entry.AssessmentId,
            Detail = entry.Detail is { Length: > AuditEvent.DetailMaxLength } text ? text[..AuditEvent.DetailMaxLength] : entry.Detail,
        });

        // The event is recorded even when the request is being cancelled: it already happened.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

/// <summary>Records a download (CSV export, PDF report) once the endpoint answered with the file.</summary>
public static class AuditedDownloads
{
    public static TBuilder AuditDownload<TBuilder>(this TBuilder builder, AuditKind kind, string what)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is IFileHttpResult)
            {
                var http = context.HttpContext;
                var assessmentId = http.Request.RouteValues.TryGetValue("id", out var id) && int.TryParse(id?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
                await http.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(
                    new AuditEntry(kind, AuditTrail.UserId(http.User), AssessmentId: assessmentId, Detail: what), http.RequestAborted);
            }

            return result;
        });
    }
}
