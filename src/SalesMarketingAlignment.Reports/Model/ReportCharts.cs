using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Model;

/// <summary>The report's charts; the distribution and trend are null when there is nothing to show.</summary>
public sealed record ReportCharts(
    LevelScaleChart LevelScale,
    PerceptionGapChart PerceptionGap,
    TotalsDistributionChart? Distribution,
    TrendChart? Trend);
