using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// A response a consultant voided: the row left the responses (so it stops counting in tallies, results, exports and
/// the report) and its answers are kept here with who excluded it, when and why, so nothing disappears silently.
/// </summary>
public class ResponseExclusion
{
    public const int ReasonMaxLength = 500;

    public long Id { get; set; }
    public int AssessmentId { get; set; }

    /// <summary>The id the response had, as the consultant found it (responses list, responses.csv).</summary>
    public long ResponseId { get; set; }

    public Department Department { get; set; }
    public RespondentRole Role { get; set; }

    /// <summary>The response's server-issued submission key: a late retry of the same form must not store it again.</summary>
    public Guid SubmissionKey { get; set; }

    /// <summary>The 20 answers as sent, statement 1 first, comma-separated ("3,4,1,…").</summary>
    public string Answers { get; set; } = "";

    public short Total { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>Id of the consultant who excluded it.</summary>
    public string ExcludedBy { get; set; } = "";

    public DateTimeOffset ExcludedAt { get; set; }

    /// <summary>The exclusion record of <paramref name="response"/>, taken before its row is deleted.</summary>
    public static ResponseExclusion Of(Response response, string reason, string excludedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrEmpty(excludedBy);
        var trimmed = reason.Trim();
        if (trimmed.Length > ReasonMaxLength)
        {
            throw new ArgumentException($"A reason has at most {ReasonMaxLength} characters.", nameof(reason));
        }

        return new ResponseExclusion
        {
            AssessmentId = response.AssessmentId,
            ResponseId = response.Id,
            Department = response.Department,
            Role = response.Role,
            SubmissionKey = response.SubmissionKey,
            Answers = string.Join(',', response.ToSurveyAnswers().Values),
            Total = response.Total,
            Reason = trimmed,
            ExcludedBy = excludedBy,
            ExcludedAt = now,
        };
    }
}
