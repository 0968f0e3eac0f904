using System.Globalization;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Reports.Building;

/// <summary>Who ticked a task of the Integration Checklist (a display name, not an id), and when.</summary>
public sealed record TaskTick
{
    public TaskTick(string tickedBy, DateOnly tickedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tickedBy);
        TickedBy = tickedBy;
        TickedOn = tickedOn;
    }

    public string TickedBy { get; }

    public DateOnly TickedOn { get; }
}

/// <summary>
/// Everything the report is built from: the domain's results (anonymity already applied) and recommendation, and
/// the few facts around them. <see cref="Results"/> and <see cref="Recommendation"/> must be computed in
/// <see cref="Culture"/> so their reasons read in the report's language.
/// </summary>
public sealed record ReportInput
{
    public required AssessmentResults Results { get; init; }

    public required Recommendation Recommendation { get; init; }

    /// <summary>Ids of the "Do We Need to Be More Aligned?" conditions the consultant marked as holding.</summary>
    public IReadOnlyCollection<string> ConditionIdsThatHold { get; init; } = [];

    /// <summary>Whether anyone has assessed the conditions; until then none reads "does not hold".</summary>
    public bool ConditionsAssessed { get; init; }

    /// <summary>Who last assessed the conditions (display name, or email without one); null when unknown.</summary>
    public string? ConditionsAssessedBy { get; init; }

    public DateOnly? ConditionsAssessedOn { get; init; }

    /// <summary>Ticked checklist tasks by task id; unknown ids are ignored.</summary>
    public IReadOnlyDictionary<string, TaskTick> Ticks { get; init; } = new Dictionary<string, TaskTick>();

    /// <summary>The organization's rounds, this one included; a round with neither mean is left out of the chart.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; init; } = [];

    /// <summary>The four perceptions (heads' view and staff per department), anonymity already applied; empty leaves the table out.</summary>
    public IReadOnlyList<Perception> Perceptions { get; init; } = [];

    /// <summary>False for a round from before decision 0013: its heads were not told, so the intro says all groups follow the minimum.</summary>
    public bool HeadsToldOfHeadsView { get; init; } = true;

    /// <summary>The Buying Funnel map after the anonymity rule; null when the assessment did not ask the part.</summary>
    public FunnelMap? BuyingFunnel { get; init; }

    public required string OrganizationName { get; init; }

    public required string AssessmentTitle { get; init; }

    public required DateOnly OpenedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    /// <summary>The consultant's display name, or their email when they have none.</summary>
    public required string PreparedBy { get; init; }

    public required DateOnly PreparedOn { get; init; }

    public required CultureInfo Culture { get; init; }

    public PaperSize PaperSize { get; init; } = PaperSize.A4;

    /// <summary>What moved since the earlier round (docs/decisions/0017); null for a first round or when none may be compared.</summary>
    public ChangesInput? Changes { get; init; }
}
