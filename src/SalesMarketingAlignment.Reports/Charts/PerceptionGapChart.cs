using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>One statement in the perception-gap chart; a mean is null when that department's figure is withheld.</summary>
public sealed record PerceptionGapRow
{
    public PerceptionGapRow(int number, string shortLabel, decimal? salesMean, decimal? marketingMean, bool divergent)
    {
        Questionnaire.Get(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortLabel);
        CheckAnswerMean(salesMean, nameof(salesMean));
        CheckAnswerMean(marketingMean, nameof(marketingMean));
        Number = number;
        ShortLabel = shortLabel;
        SalesMean = salesMean;
        MarketingMean = marketingMean;
        Divergent = divergent;
    }

    public int Number { get; }

    public string ShortLabel { get; }

    public decimal? SalesMean { get; }

    public decimal? MarketingMean { get; }

    public bool Divergent { get; }

    /// <summary>Sales minus Marketing, or null when either is withheld.</summary>
    public decimal? Gap => SalesMean - MarketingMean;

    private static void CheckAnswerMean(decimal? mean, string name)
    {
        if (mean is { } m && (m < AnswerScale.Minimum || m > AnswerScale.Maximum))
        {
            throw new ArgumentOutOfRangeException(name, mean, "A mean answer lies between 1 and 5.");
        }
    }
}

public enum PerceptionGapOrder
{
    /// <summary>Statement 1 to 20, as in the questionnaire.</summary>
    ByNumber = 1,

    /// <summary>Largest absolute gap first; statements without a gap last, then by number.</summary>
    ByGap = 2,
}

/// <summary>A dot plot of the 20 statements: Sales and Marketing means on the 1-5 scale, joined by a line.</summary>
public sealed record PerceptionGapChart(
    string Title,
    string Description,
    string AxisLabel,
    IReadOnlyList<PerceptionGapRow> Rows,
    string SalesLabel,
    string MarketingLabel,
    SeriesStyle Sales,
    SeriesStyle Marketing)
{
    public static PerceptionGapChart Create(
        IReadOnlyList<PerceptionGapRow> rows, PerceptionGapOrder order, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(culture);
        if (rows.Select(r => r.Number).Distinct().Count() != rows.Count)
        {
            throw new ArgumentException("Each statement appears at most once.", nameof(rows));
        }

        var divergent = rows.Where(r => r.Divergent).OrderBy(r => r.Number).Select(r => r.Number.ToString(culture)).ToArray();
        var divergentText = divergent.Length == 0
            ? ReportTexts.Get("ChartPerceptionGapNoneDivergent", culture)
            : ReportTexts.Format("ChartPerceptionGapDivergent", culture, string.Join(", ", divergent));
        return new PerceptionGapChart(
            ReportTexts.Get("ChartPerceptionGapTitle", culture),
            ReportTexts.Format("ChartPerceptionGapDescription", culture, divergentText),
            ReportTexts.Get("ChartPerceptionGapAxis", culture),
            Sort(rows, order),
            AlignmentWording.DepartmentName(Department.Sales, culture),
            AlignmentWording.DepartmentName(Department.Marketing, culture),
            ChartPalette.Sales,
            ChartPalette.Marketing);
    }

    public static IReadOnlyList<PerceptionGapRow> Sort(IEnumerable<PerceptionGapRow> rows, PerceptionGapOrder order) =>
        order switch
        {
            PerceptionGapOrder.ByNumber => rows.OrderBy(r => r.Number).ToArray(),
            PerceptionGapOrder.ByGap => rows
                .OrderBy(r => r.Gap is null)
                .ThenByDescending(r => r.Gap is { } g ? Math.Abs(g) : 0)
                .ThenBy(r => r.Number)
                .ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
        };
}
