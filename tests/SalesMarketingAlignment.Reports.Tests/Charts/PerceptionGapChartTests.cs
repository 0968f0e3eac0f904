using System.Globalization;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Tests.Charts;

public class PerceptionGapChartTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static PerceptionGapRow Row(int number, decimal? sales, decimal? marketing, bool divergent = false) =>
        new(number, $"Statement {number}", sales, marketing, divergent);

    [Fact]
    public void Create_ByGap_PutsLargestAbsoluteGapFirstAndWithheldLast()
    {
        var rows = new[] { Row(1, 3.0m, 3.1m), Row(2, 2.0m, 3.5m, true), Row(3, 4.0m, null), Row(4, 4.2m, 3.0m, true) };

        var chart = PerceptionGapChart.Create(rows, PerceptionGapOrder.ByGap, English);

        chart.Rows.Select(r => r.Number).Should().Equal(2, 4, 1, 3);
    }

    [Fact]
    public void Create_ByNumber_KeepsQuestionnaireOrder()
    {
        var rows = new[] { Row(3, 3.0m, 3.1m), Row(1, 2.0m, 3.5m), Row(2, 4.0m, 4.0m) };

        var chart = PerceptionGapChart.Create(rows, PerceptionGapOrder.ByNumber, English);

        chart.Rows.Select(r => r.Number).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Create_WithDivergentRows_NamesThemInTheDescription()
    {
        var rows = new[] { Row(9, 2.4m, 3.6m, true), Row(2, 2.1m, 3.3m, true), Row(5, 3.3m, 3.1m) };

        var chart = PerceptionGapChart.Create(rows, PerceptionGapOrder.ByNumber, English);

        chart.Description.Should().Contain("Divergent statements: 2, 9.");
        chart.Title.Should().Be("Perception gap by statement");
        chart.Sales.Should().Be(ChartPalette.Sales);
        chart.Marketing.Marker.Should().Be(SeriesMarker.HollowDiamond);
    }

    [Fact]
    public void Create_SameStatementTwice_Throws()
    {
        var act = () => PerceptionGapChart.Create([Row(1, 3m, 3m), Row(1, 2m, 2m)], PerceptionGapOrder.ByNumber, English);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(5.1)]
    public void Row_MeanOutsideOneToFive_Throws(double mean)
    {
        var act = () => Row(1, (decimal)mean, 3m);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Row_NumberOutsideTheQuestionnaire_Throws(int number)
    {
        var act = () => Row(number, 3m, 3m);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Gap_OneMeanWithheld_IsNull()
    {
        Row(1, 3m, null).Gap.Should().BeNull();
        Row(1, 3.5m, 2.5m).Gap.Should().Be(1.0m);
    }
}
