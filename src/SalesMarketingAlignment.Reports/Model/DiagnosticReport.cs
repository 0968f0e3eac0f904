using System.Globalization;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Model;

public enum PaperSize
{
    A4 = 1,
    Letter = 2,
}

/// <summary>
/// Everything the diagnostic report shows, already decided and worded: the drawing (PDF or HTML) only lays it out.
/// Texts are in the language of <see cref="CultureName"/>; numbers stay numbers and are formatted in that culture.
/// </summary>
public sealed record DiagnosticReport
{
    public DiagnosticReport(
        string cultureName,
        PaperSize paperSize,
        ReportCover cover,
        ExecutiveSummary summary,
        LevelsExplanation levels,
        ReportCharts charts,
        IReadOnlyList<StatementRow> statements,
        RecommendationsSection recommendations,
        ReportAppendix appendix)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        Culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
        if (!Enum.IsDefined(paperSize))
        {
            throw new ArgumentOutOfRangeException(nameof(paperSize), paperSize, null);
        }

        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Select(s => s.Number).Distinct().Count() != statements.Count)
        {
            throw new ArgumentException("Each statement appears at most once.", nameof(statements));
        }

        CultureName = cultureName;
        PaperSize = paperSize;
        Cover = cover ?? throw new ArgumentNullException(nameof(cover));
        Summary = summary ?? throw new ArgumentNullException(nameof(summary));
        Levels = levels ?? throw new ArgumentNullException(nameof(levels));
        Charts = charts ?? throw new ArgumentNullException(nameof(charts));
        Statements = statements.OrderBy(s => s.Number).ToArray();
        Recommendations = recommendations ?? throw new ArgumentNullException(nameof(recommendations));
        Appendix = appendix ?? throw new ArgumentNullException(nameof(appendix));
    }

    /// <summary>For example "en-GB", "nl-NL", "ru-RU".</summary>
    public string CultureName { get; }

    public CultureInfo Culture { get; }

    public PaperSize PaperSize { get; init; }

    public ReportCover Cover { get; }

    public ExecutiveSummary Summary { get; }

    public LevelsExplanation Levels { get; }

    public ReportCharts Charts { get; }

    public IReadOnlyList<StatementRow> Statements { get; }

    public RecommendationsSection Recommendations { get; }

    public ReportAppendix Appendix { get; }

    /// <summary>The three weak statements with their actions, listed under the statement table.</summary>
    public IReadOnlyList<WeakSpotItem> WeakSpots { get; init; } = [];

    /// <summary>Sales head, Sales staff, Marketing head, Marketing staff (docs/decisions/0013); empty when not given.</summary>
    public IReadOnlyList<PerceptionRow> Perceptions { get; init; } = [];

    /// <summary>The action plan (owners, due dates, status); null leaves the section out.</summary>
    public ActionPlanReport? ActionPlan { get; init; }

    /// <summary>Whether the round's heads were told their answers are shown as the head's view (decision 0013).</summary>
    public bool HeadsToldOfHeadsView { get; init; } = true;

    /// <summary>The Buying Funnel map, when the assessment asked the part and someone answered it; null otherwise.</summary>
    public BuyingFunnelChart? BuyingFunnel { get; init; }

    /// <summary>What moved since the earlier round; null when there is nothing to compare with.</summary>
    public ChangesSection? Changes { get; init; }

    /// <summary>The assessment is still open: every page says the figures may change.</summary>
    public bool IsDraft => Cover.ClosedOn is null;

    /// <summary>Any department figure at all; without one the report stays short instead of printing pages of dashes.</summary>
    public bool HasFigures => Statements.Any(s => s.SalesMean is not null || s.MarketingMean is not null);
}
