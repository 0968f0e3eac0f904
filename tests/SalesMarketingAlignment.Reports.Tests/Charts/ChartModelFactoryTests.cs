using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Tests.Charts;

public class ChartModelFactoryTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static ResponseCounts Counts(params int[][] responses) => ResponseCounts.FromAnswers(responses.Select(SurveyAnswers.Create));

    private static int[] All(int answer) => Enumerable.Repeat(answer, 20).ToArray();

    [Fact]
    public void Charts_BothDepartments_CarryTheDomainsMeansDivergenceAndLevelCounts()
    {
        int[] salesHigh = [5, .. Enumerable.Repeat(3, 19)];
        var results = AssessmentResults.Compute(Counts(salesHigh, salesHigh, All(4)), Counts(All(2), All(2), All(3)), AnonymityRule.Default);

        var scale = ChartModelFactory.LevelScale(results, English);
        var gap = ChartModelFactory.PerceptionGap(results, PerceptionGapOrder.ByGap, English);
        var distribution = ChartModelFactory.Distribution(results, English)!;

        scale.Markers.Select(m => m.MeanTotal).Should().Equal(results.Sales!.MeanTotal, results.Marketing!.MeanTotal);
        scale.Markers.Select(m => m.Style).Should().Equal(ChartPalette.Sales, ChartPalette.Marketing);
        gap.Rows.Should().HaveCount(20);
        gap.Rows.Select(r => r.Number).Should().Equal(results.Comparison!.Statements.Select(s => s.Number), "the domain orders by absolute gap too");
        gap.Rows.Where(r => r.Divergent).Select(r => r.Number).Should().BeEquivalentTo(results.Comparison.Divergent.Select(d => d.Number));
        gap.Rows.Single(r => r.Number == 1).SalesMean.Should().Be(results.Sales.Statement(1).Mean);
        distribution.Series.Should().HaveCount(2);
        distribution.Series[0].CountsByLevel.Should().Equal(Enum.GetValues<AlignmentLevel>().Select(l => (int)results.Sales.CountByLevel[l]));
        distribution.Series[1].CountsByLevel.Should().Equal(0, 2, 1, 0);
    }

    [Fact]
    public void Charts_MarketingWithheld_LeaveMarketingOut()
    {
        var results = AssessmentResults.Compute(Counts(All(3), All(3), All(3)), Counts(All(5), All(4)), AnonymityRule.Default);

        var scale = ChartModelFactory.LevelScale(results, English);
        var gap = ChartModelFactory.PerceptionGap(results, PerceptionGapOrder.ByNumber, English);
        var distribution = ChartModelFactory.Distribution(results, English)!;

        scale.Markers.Should().ContainSingle().Which.Label.Should().Be("Sales");
        gap.Rows.Should().OnlyContain(r => r.MarketingMean == null && !r.Divergent && r.SalesMean == 3m);
        distribution.Series.Should().ContainSingle();
        distribution.Description.Should().NotContain("Marketing");
    }

    [Fact]
    public void Distribution_NoResponses_IsNull()
    {
        var results = AssessmentResults.Compute(ResponseCounts.Empty, ResponseCounts.Empty, AnonymityRule.Default);

        ChartModelFactory.Distribution(results, English).Should().BeNull();
        ChartModelFactory.LevelScale(results, English).Markers.Should().BeEmpty();
    }
}
