namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// One security event (sign-in, failure, password change, membership change, download...). Holds account ids and
/// names of things, never survey answers and never IP addresses.
/// </summary>
public class AuditEvent
{
    public const int KindMaxLength = 64;
    public const int DetailMaxLength = 500;

    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    /// <summary>An <c>AuditKind</c> name, e.g. "SignIn".</summary>
    public string Kind { get; set; } = "";

    /// <summary>Who did it; null when anonymous (a failed sign-in for an unknown email, a reset request).</summary>
    public string? ActorId { get; set; }

    /// <summary>The account it concerns, when another than the actor's (disabled, added, reset).</summary>
    public string? SubjectUserId { get; set; }

    public int? OrganizationId { get; set; }

    public int? AssessmentId { get; set; }

    /// <summary>Short plain text for the reader, e.g. the file format of a download; never personal answers.</summary>
    public string? Detail { get; set; }
}
