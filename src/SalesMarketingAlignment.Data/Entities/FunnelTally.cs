using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// A running count of Buying Funnel answers: how many respondents of one department said <see cref="Lead"/> leads
/// <see cref="Stage"/>. The answers are kept only as these counts, never on the response row or with the role, so they
/// cannot be matched to a response's statement answers (docs/decisions/0018-buying-funnel.md). Written by the
/// <see cref="Responses.SurveyResponseWriter"/> in the transaction that stores the response; never by hand.
/// </summary>
public class FunnelTally
{
    /// <summary>The <see cref="Stage"/> (with <see cref="RespondentsLead"/>) that counts respondents who answered at least one stage.</summary>
    public const short RespondentsStage = 0;

    /// <summary>The <see cref="Lead"/> of the respondents row.</summary>
    public const short RespondentsLead = 0;

    public int AssessmentId { get; set; }
    public Department Department { get; set; }

    /// <summary>1-8 (<see cref="FunnelStage"/>), or 0 for the respondents row.</summary>
    public short Stage { get; set; }

    /// <summary>1-4 (<see cref="FunnelLead"/>), or 0 for the respondents row.</summary>
    public short Lead { get; set; }

    public long Count { get; set; }
}
