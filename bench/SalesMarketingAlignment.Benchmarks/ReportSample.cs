using System.Globalization;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>A full-size report (all sections, four charts, 20 rows, checklist) for timing the renderer.</summary>
internal static class ReportSample
{
    private static readonly decimal[] Sales =
        [3.4m, 2.1m, 3.2m, 2.6m, 3.3m, 2.2m, 3.0m, 2.9m, 2.4m, 3.1m, 3.5m, 2.3m, 2.8m, 3.6m, 2.7m, 2.5m, 3.9m, 2.6m, 3.0m, 3.2m];

    private static readonly decimal[] Marketing =
        [3.3m, 3.3m, 3.0m, 3.1m, 3.1m, 3.4m, 2.9m, 3.3m, 3.6m, 2.9m, 3.0m, 2.9m, 2.8m, 3.2m, 2.7m, 3.7m, 3.4m, 2.8m, 3.0m, 3.0m];

    public static DiagnosticReport Create()
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var salesTotal = Sales.Sum();
        var marketingTotal = Marketing.Sum();
        var overallTotal = ((salesTotal * 14) + (marketingTotal * 9)) / 23;
        bool Divergent(int n) => Math.Abs(Sales[n - 1] - Marketing[n - 1]) >= 1.0m;
        var text = "Hold a monthly meeting of Sales and Marketing with a fixed agenda: pipeline, campaigns and lost deals.";

        var charts = new ReportCharts(
            LevelScaleChart.Create(
                [new LevelScaleMarker("Sales", salesTotal, ChartPalette.Sales), new LevelScaleMarker("Marketing", marketingTotal, ChartPalette.Marketing)],
                culture),
            PerceptionGapChart.Create(
                Enumerable.Range(1, 20).Select(n => new PerceptionGapRow(n, StatementLabels.ShortLabel(n, culture), Sales[n - 1], Marketing[n - 1], Divergent(n))).ToArray(),
                PerceptionGapOrder.ByGap,
                culture),
            TotalsDistributionChart.Create(
                [new DistributionSeries("Sales", [2, 8, 4, 0], ChartPalette.Sales), new DistributionSeries("Marketing", [0, 3, 5, 1], ChartPalette.Marketing)],
                culture),
            TrendChart.Create(
                [new TrendPoint("Spring 2025", new DateOnly(2025, 4, 30), 49.2m, 58.7m), new TrendPoint("Spring 2026", new DateOnly(2026, 4, 30), salesTotal, marketingTotal)],
                culture));

        return new DiagnosticReport(
            culture.Name,
            PaperSize.A4,
            new ReportCover(
                "Northwind Components Ltd", "Sales and Marketing alignment, spring 2026", new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30),
                [new DepartmentResponses("Sales", 14), new DepartmentResponses("Marketing", 9)], "Harriet Vance", new DateOnly(2026, 5, 6)),
            new ExecutiveSummary(
                [LevelFinding.Shown("Sales", salesTotal, 14), LevelFinding.Shown("Marketing", marketingTotal, 9)],
                LevelFinding.Shown("Overall", overallTotal, 23),
                "Marketing rates the relationship 4.1 points higher than Sales.",
                "The difference is statistically significant (Welch's t-test, p = 0.004).",
                "Move from Defined to Aligned."),
            LevelsExplanation.FromInstrument(ScoringKey.LevelOfMean(overallTotal), culture),
            charts,
            Enumerable.Range(1, 20).Select(n => new StatementRow(n, Questionnaire.Get(n).Text(culture), Sales[n - 1], Marketing[n - 1], Divergent(n), n is 2 or 12)).ToArray(),
            new RecommendationsSection(
                "Move from Defined to Aligned.", "Defined", "Aligned",
                ["Conflicts are evident.", "Tasks fall through the cracks."], ["Marketing answered with 9 people."],
                [new ConditionLine("Tasks are falling through the cracks.", ConditionState.Holds), new ConditionLine("The market is commoditized.", ConditionState.NotAssessed)],
                Enumerable.Range(1, 4).Select(i => new ActionItem($"Action {i}", text, "Moving from defined to aligned")).ToArray(),
                "Present both views side by side.",
                [new ChecklistGroup("Integrate activities", Enumerable.Range(1, 5).Select(i => new ChecklistTask(text, i == 1 ? "Harriet Vance" : null, i == 1 ? new DateOnly(2026, 5, 4) : null)).ToArray())],
                "Both departments report tasks falling through the cracks."),
            new ReportAppendix([text, text], []));
    }
}
