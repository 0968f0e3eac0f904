using System.Globalization;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>One mean total placed on the 20-100 scale (for example "Sales 58.3").</summary>
public sealed record LevelScaleMarker
{
    public LevelScaleMarker(string label, decimal meanTotal, SeriesStyle style)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(meanTotal, ScoringKey.MinimumTotal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(meanTotal, ScoringKey.MaximumTotal);
        ArgumentNullException.ThrowIfNull(style);
        Label = label;
        MeanTotal = meanTotal;
        Style = style;
    }

    public string Label { get; }

    public decimal MeanTotal { get; }

    public SeriesStyle Style { get; }
}

/// <summary>The 20-100 scale with the four level bands and the departments' mean totals on it.</summary>
public sealed record LevelScaleChart(
    string Title,
    string Description,
    IReadOnlyList<LevelBand> Bands,
    IReadOnlyList<LevelScaleMarker> Markers)
{
    /// <summary>Builds the chart with its localized title and alt text; leave withheld departments out of markers.</summary>
    public static LevelScaleChart Create(IReadOnlyList<LevelScaleMarker> markers, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(culture);
        var bands = LevelBand.All(culture);
        var points = markers.Count == 0
            ? ReportTexts.Get("ChartLevelScaleNoData", culture)
            : string.Join("; ", markers.Select(m =>
                $"{m.Label} {ChartFormat.Mean(m.MeanTotal, culture)} ({AlignmentWording.LevelName(ScoringKey.LevelOfMean(m.MeanTotal), culture)})"));
        return new LevelScaleChart(
            ReportTexts.Get("ChartLevelScaleTitle", culture),
            ReportTexts.Format("ChartLevelScaleDescription", culture, points),
            bands,
            markers);
    }
}
