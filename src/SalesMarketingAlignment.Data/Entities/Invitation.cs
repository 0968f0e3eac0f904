using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// A personal, single-use survey link (/s/{Token}) for one respondent of a department: by email, or an anonymous code
/// handed out on paper. It records only THAT it was used and on which day, never which response it gave: there is no
/// key, time of day or order shared with <see cref="Response"/> (docs/decisions/0009-invitations-apart-from-answers.md).
/// </summary>
public class Invitation
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 100;
    public const int SendErrorMaxLength = 500;

    public long Id { get; set; }
    public int AssessmentId { get; set; }
    public Department Department { get; set; }

    /// <summary>When given, the respondent's role is this one (the form does not ask); null lets the respondent choose.</summary>
    public RespondentRole? Role { get; set; }

    /// <summary>Null for an anonymous code handed out on paper.</summary>
    public string? Email { get; set; }

    public string? Name { get; set; }

    /// <summary>At least 128 random bits (<see cref="SurveyLink.NewToken"/>), unique across links and invitations.</summary>
    public string Token { get; set; } = "";

    public DateOnly CreatedOn { get; set; }

    /// <summary>The day the invitation email last went out; null while it was never sent.</summary>
    public DateOnly? SentOn { get; set; }

    /// <summary>The day the last reminder went out; null while none was sent.</summary>
    public DateOnly? RemindedOn { get; set; }

    /// <summary>Why the last message to this address failed; null when it was delivered to the server or never tried.</summary>
    public string? SendError { get; set; }

    /// <summary>The DAY the invitation was used to answer (never a time): set in the same transaction as the response.</summary>
    public DateOnly? UsedOn { get; set; }

    public bool IsUsed => UsedOn is not null;
}
