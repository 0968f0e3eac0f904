using System.Globalization;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>One department's respondents counted per level band (Undefined, Defined, Aligned, Integrated).</summary>
public sealed record DistributionSeries
{
    public DistributionSeries(string label, IReadOnlyList<int> countsByLevel, SeriesStyle style)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(countsByLevel);
        ArgumentNullException.ThrowIfNull(style);
        if (countsByLevel.Count != Enum.GetValues<AlignmentLevel>().Length || countsByLevel.Any(c => c < 0))
        {
            throw new ArgumentException("Give four counts, none negative, one per level in order.", nameof(countsByLevel));
        }

        Label = label;
        CountsByLevel = countsByLevel.ToArray();
        Style = style;
    }

    public string Label { get; }

    public IReadOnlyList<int> CountsByLevel { get; }

    public SeriesStyle Style { get; }

    public int Count(AlignmentLevel level) => CountsByLevel[(int)level - 1];
}

/// <summary>Grouped bars: for each level band, how many respondents of each department scored in it.</summary>
public sealed record TotalsDistributionChart(
    string Title,
    string Description,
    string AxisLabel,
    IReadOnlyList<LevelBand> Bands,
    IReadOnlyList<DistributionSeries> Series)
{
    /// <summary>Largest count in any bar, at least 1, so the axis never divides by zero.</summary>
    public int MaximumCount => Math.Max(1, Series.SelectMany(s => s.CountsByLevel).DefaultIfEmpty(0).Max());

    /// <summary>Leave a withheld department out of <paramref name="series"/>.</summary>
    public static TotalsDistributionChart Create(IReadOnlyList<DistributionSeries> series, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(culture);
        var bands = LevelBand.All(culture);
        var parts = series.Select(s =>
            s.Label + " " + string.Join(", ", bands.Select(b => $"{b.Name} {s.Count(b.Level).ToString(culture)}")));
        return new TotalsDistributionChart(
            ReportTexts.Get("ChartDistributionTitle", culture),
            ReportTexts.Format("ChartDistributionDescription", culture, string.Join("; ", parts)),
            ReportTexts.Get("ChartDistributionAxis", culture),
            bands,
            series);
    }
}
