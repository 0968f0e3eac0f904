using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>
/// Builds the chart models from an assessment's results after the anonymity rule, so the web page and the PDF draw
/// the same figures. A withheld or empty department simply contributes nothing: no marker, no series, null means.
/// </summary>
public static class ChartModelFactory
{
    public static LevelScaleChart LevelScale(AssessmentResults results, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(culture);
        var markers = new List<LevelScaleMarker>();
        if (results.Sales is { } sales)
        {
            markers.Add(new LevelScaleMarker(AlignmentWording.DepartmentName(Department.Sales, culture), sales.MeanTotal, ChartPalette.Sales));
        }

        if (results.Marketing is { } marketing)
        {
            markers.Add(new LevelScaleMarker(AlignmentWording.DepartmentName(Department.Marketing, culture), marketing.MeanTotal, ChartPalette.Marketing));
        }

        return LevelScaleChart.Create(markers, culture);
    }

    /// <summary>The 20 statements with each department's exact mean; divergence as the domain's comparison decides it.</summary>
    public static PerceptionGapChart PerceptionGap(AssessmentResults results, PerceptionGapOrder order, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(culture);
        var divergent = results.Comparison?.Divergent.Select(g => g.Number).ToHashSet() ?? [];
        var rows = Domain.Instrument.Questionnaire.Statements
            .Select(s => new PerceptionGapRow(
                s.Number,
                StatementLabels.ShortLabel(s.Number, culture),
                results.Sales?.Statement(s.Number).Mean,
                results.Marketing?.Statement(s.Number).Mean,
                divergent.Contains(s.Number)))
            .ToArray();
        return PerceptionGapChart.Create(rows, order, culture);
    }

    /// <summary>Respondents per level band for each department with figures; null when neither has any.</summary>
    public static TotalsDistributionChart? Distribution(AssessmentResults results, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(culture);
        var series = new List<DistributionSeries>();
        if (results.Sales is { } sales)
        {
            series.Add(new DistributionSeries(AlignmentWording.DepartmentName(Department.Sales, culture), ByLevel(sales.CountByLevel), ChartPalette.Sales));
        }

        if (results.Marketing is { } marketing)
        {
            series.Add(new DistributionSeries(AlignmentWording.DepartmentName(Department.Marketing, culture), ByLevel(marketing.CountByLevel), ChartPalette.Marketing));
        }

        return series.Count == 0 ? null : TotalsDistributionChart.Create(series, culture);
    }

    private static int[] ByLevel(IReadOnlyDictionary<AlignmentLevel, long> counts) =>
        Enum.GetValues<AlignmentLevel>().Select(level => checked((int)counts[level])).ToArray();
}
