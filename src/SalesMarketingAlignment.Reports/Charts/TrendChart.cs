using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>One assessment round: its label, when it closed, and each department's mean total (null when withheld).</summary>
public sealed record TrendPoint
{
    public TrendPoint(string label, DateOnly closedOn, decimal? salesMean, decimal? marketingMean)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        CheckTotal(salesMean, nameof(salesMean));
        CheckTotal(marketingMean, nameof(marketingMean));
        Label = label;
        ClosedOn = closedOn;
        SalesMean = salesMean;
        MarketingMean = marketingMean;
    }

    public string Label { get; }

    public DateOnly ClosedOn { get; }

    public decimal? SalesMean { get; }

    public decimal? MarketingMean { get; }

    private static void CheckTotal(decimal? mean, string name)
    {
        if (mean is { } m && (m < ScoringKey.MinimumTotal || m > ScoringKey.MaximumTotal))
        {
            throw new ArgumentOutOfRangeException(name, mean, "A mean total lies between 20 and 100.");
        }
    }
}

/// <summary>Mean totals of Sales and Marketing over successive rounds, on the 20-100 scale with the level bands.</summary>
public sealed record TrendChart(
    string Title,
    string Description,
    IReadOnlyList<LevelBand> Bands,
    IReadOnlyList<TrendPoint> Rounds,
    string SalesLabel,
    string MarketingLabel,
    SeriesStyle Sales,
    SeriesStyle Marketing)
{
    public static TrendChart Create(IReadOnlyList<TrendPoint> rounds, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(culture);
        var ordered = rounds.OrderBy(r => r.ClosedOn).ToArray();
        var sales = AlignmentWording.DepartmentName(Department.Sales, culture);
        var marketing = AlignmentWording.DepartmentName(Department.Marketing, culture);
        var withheld = ReportTexts.Get("ChartWithheld", culture);
        string Shown(decimal? mean) => mean is { } m ? ChartFormat.Mean(m, culture) : withheld;
        var parts = ordered.Select(r => $"{r.Label}: {sales} {Shown(r.SalesMean)}, {marketing} {Shown(r.MarketingMean)}");
        return new TrendChart(
            ReportTexts.Get("ChartTrendTitle", culture),
            ReportTexts.Format("ChartTrendDescription", culture, string.Join("; ", parts)),
            LevelBand.All(culture),
            ordered,
            sales,
            marketing,
            ChartPalette.Sales,
            ChartPalette.Marketing);
    }
}
