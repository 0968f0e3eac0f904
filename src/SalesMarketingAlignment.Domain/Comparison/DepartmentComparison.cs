using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Comparison;

/// <summary>One statement's difference in perception between the departments.</summary>
/// <param name="Gap">Sales mean minus Marketing mean, exact (positive: Sales agrees more).</param>
/// <param name="Divergent">The shown gap is 1.0 or more either way (see docs/method.md).</param>
public sealed record StatementGap(int Number, decimal SalesMean, decimal MarketingMean, decimal Gap, bool Divergent)
{
    public decimal SalesMeanShown => ScoringKey.Round(SalesMean);

    public decimal MarketingMeanShown => ScoringKey.Round(MarketingMean);

    /// <summary>The exact gap rounded to one decimal, half away from zero (it can differ by 0.1 from the difference of the shown means).</summary>
    public decimal GapShown => ScoringKey.Round(Gap);
}

/// <summary>Welch's two-sided t-test on respondents' totals, Sales against Marketing.</summary>
/// <param name="Significant">p &lt; 0.05.</param>
public sealed record WelchTestResult(double T, double DegreesOfFreedom, double PValue, bool Significant);

/// <summary>How differently Sales and Marketing see their relationship.</summary>
public sealed class DepartmentComparison
{
    /// <summary>A statement gap whose shown value reaches this size is divergent.</summary>
    public const decimal DivergenceThreshold = 1.0m;

    /// <summary>Significance level of the Welch test.</summary>
    public const double SignificanceLevel = 0.05;

    private DepartmentComparison(GroupFigures sales, GroupFigures marketing)
    {
        Gap = sales.MeanTotal - marketing.MeanTotal;
        GapShown = ScoringKey.Round(Gap);
        LevelsDiffer = sales.Level != marketing.Level;
        Statements = sales.Statements
            .Zip(marketing.Statements, (s, m) =>
            {
                var gap = s.Mean - m.Mean;
                return new StatementGap(s.Number, s.Mean, m.Mean, gap, Math.Abs(ScoringKey.Round(gap)) >= DivergenceThreshold);
            })
            .OrderByDescending(g => Math.Abs(g.Gap))
            .ThenBy(g => g.Number)
            .ToArray();
        Divergent = Statements.Where(g => g.Divergent).ToArray();
        (Welch, HedgesG) = TestTotals(sales, marketing);
    }

    /// <summary>Sales mean total minus Marketing mean total, exact (positive: Sales rates the relationship higher).</summary>
    public decimal Gap { get; }

    /// <summary>The gap rounded to one decimal, half away from zero.</summary>
    public decimal GapShown { get; }

    /// <summary>All 20 statements, largest absolute gap first, ties by statement number.</summary>
    public IReadOnlyList<StatementGap> Statements { get; }

    /// <summary>The divergent statements, in the same order.</summary>
    public IReadOnlyList<StatementGap> Divergent { get; }

    /// <summary>The two departments' mean totals fall on different levels.</summary>
    public bool LevelsDiffer { get; }

    /// <summary>
    /// Null when a department has fewer than two responses, or when every respondent in both departments has the
    /// same total as the others in their department (no variation: the statistic is undefined).
    /// </summary>
    public WelchTestResult? Welch { get; }

    /// <summary>Hedges' g of Sales against Marketing (pooled SD, small-sample corrected); null exactly when <see cref="Welch"/> is.</summary>
    public double? HedgesG { get; }

    public static DepartmentComparison Compare(GroupFigures sales, GroupFigures marketing)
    {
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentNullException.ThrowIfNull(marketing);
        return new DepartmentComparison(sales, marketing);
    }

    private static (WelchTestResult?, double?) TestTotals(GroupFigures sales, GroupFigures marketing)
    {
        if (sales.Variance is not { } v1 || marketing.Variance is not { } v2 || (v1 == 0 && v2 == 0))
        {
            return (null, null);
        }

        double n1 = sales.Count;
        double n2 = marketing.Count;
        var difference = (double)(sales.MeanTotal - marketing.MeanTotal);

        // Welch's statistic of Sales minus Marketing (the shared helper takes second minus first).
        var (t, df) = WelchStatistics.Statistic(
            new SampleSummary(marketing.Count, (double)marketing.MeanTotal, v2),
            new SampleSummary(sales.Count, (double)sales.MeanTotal, v1))!.Value;
        var p = StudentT.TwoSidedPValue(t, df);

        var pooledSd = Math.Sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2));
        var correction = 1 - 3 / (4 * (n1 + n2) - 9);
        var g = difference / pooledSd * correction;

        return (new WelchTestResult(t, df, p, p < SignificanceLevel), g);
    }
}
