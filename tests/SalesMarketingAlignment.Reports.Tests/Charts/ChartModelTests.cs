using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Tests.Charts;

public class ChartModelTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void LevelBandAll_FourBandsCoverTwentyToHundred()
    {
        var bands = LevelBand.All(English);

        bands.Select(b => (b.Level, b.From, b.To)).Should().Equal(
            (AlignmentLevel.Undefined, 20, 39), (AlignmentLevel.Defined, 40, 59), (AlignmentLevel.Aligned, 60, 79), (AlignmentLevel.Integrated, 80, 100));
        bands.Select(b => b.Name).Should().Equal("Undefined", "Defined", "Aligned", "Integrated");
    }

    [Fact]
    public void LevelScaleChartCreate_DescribesEachMarkerWithItsLevel()
    {
        var chart = LevelScaleChart.Create([new LevelScaleMarker("Sales", 58.3m, ChartPalette.Sales), new LevelScaleMarker("Marketing", 59.96m, ChartPalette.Marketing)], English);

        chart.Description.Should().Contain("Sales 58.3 (Defined)").And.Contain("Marketing 60.0 (Aligned)");
    }

    [Theory]
    [InlineData(19.9)]
    [InlineData(100.1)]
    public void LevelScaleMarker_OutsideTheScale_Throws(double mean)
    {
        var act = () => new LevelScaleMarker("Sales", (decimal)mean, ChartPalette.Sales);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DistributionSeries_NotFourCounts_Throws()
    {
        var tooFew = () => new DistributionSeries("Sales", [1, 2, 3], ChartPalette.Sales);
        var negative = () => new DistributionSeries("Sales", [1, 2, -3, 0], ChartPalette.Sales);

        tooFew.Should().Throw<ArgumentException>();
        negative.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void TotalsDistributionChartCreate_CountsPerBandAndMaximum()
    {
        var chart = TotalsDistributionChart.Create([new DistributionSeries("Sales", [2, 8, 4, 0], ChartPalette.Sales)], English);

        chart.MaximumCount.Should().Be(8);
        chart.Series[0].Count(AlignmentLevel.Aligned).Should().Be(4);
        chart.Description.Should().Contain("Sales Undefined 2, Defined 8, Aligned 4, Integrated 0");
    }

    [Fact]
    public void TotalsDistributionChartCreate_NoRespondents_MaximumIsOne()
    {
        var chart = TotalsDistributionChart.Create([], English);

        chart.MaximumCount.Should().Be(1);
    }

    [Fact]
    public void TrendChartCreate_OrdersRoundsByDateAndSaysWithheld()
    {
        var chart = TrendChart.Create(
            [new TrendPoint("Round 2", new DateOnly(2026, 4, 1), 55m, null), new TrendPoint("Round 1", new DateOnly(2025, 4, 1), 50m, 60m)],
            English);

        chart.Rounds.Select(r => r.Label).Should().Equal("Round 1", "Round 2");
        chart.Description.Should().Contain("Round 2: Sales 55.0, Marketing withheld");
    }

    [Theory]
    [InlineData(1.25, "+1.3")]
    [InlineData(-0.75, "\u22120.8")]
    [InlineData(0.04, "0.0")]
    public void ChartFormatGap_SignedWithTrueMinus(double gap, string expected)
    {
        ChartFormat.Gap((decimal)gap, English).Should().Be(expected);
    }

    [Fact]
    public void ChartFormatMean_UsesTheCulturesDecimalSeparator()
    {
        ChartFormat.Mean(58.25m, CultureInfo.GetCultureInfo("nl-NL")).Should().Be("58,3");
        ChartFormat.Mean(58.25m, English).Should().Be("58.3");
    }

    [Fact]
    public void ChartFormatDate_LeavesOutTheWeekdayAndPutsTheDayFirstInEnglish()
    {
        var date = new DateOnly(2026, 5, 6);

        ChartFormat.Date(date, English).Should().EndWith("May 2026").And.NotContain("Wednesday");
        ChartFormat.Date(date, CultureInfo.GetCultureInfo("en-US")).Should().Be("6 May 2026", "5/6 or May 6 reads differently on each side of the Atlantic");
        ChartFormat.Date(date, CultureInfo.GetCultureInfo("ru-RU")).Should().StartWith("6 мая 2026");
        ChartFormat.Date(date, CultureInfo.GetCultureInfo("nl-NL")).Should().Be("6 mei 2026");
    }

    [Fact]
    public void ChartScale_MapsScalesToFractions()
    {
        ChartScale.OfTotal(60m).Should().Be(0.5);
        ChartScale.OfAnswer(5m).Should().Be(1);
        ChartScale.Fraction(150, 0, 100).Should().Be(1, "values are clamped to the axis");
    }

    [Fact]
    public void StatementLabelsShortLabel_EveryStatementHasOne()
    {
        Enumerable.Range(1, 20).Select(n => StatementLabels.ShortLabel(n, English)).Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
    }
}
