using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests.Scoring;

public class ScoringKeyTests
{
    [Theory]
    [InlineData(20, AlignmentLevel.Undefined)]
    [InlineData(39, AlignmentLevel.Undefined)]
    [InlineData(40, AlignmentLevel.Defined)]
    [InlineData(59, AlignmentLevel.Defined)]
    [InlineData(60, AlignmentLevel.Aligned)]
    [InlineData(79, AlignmentLevel.Aligned)]
    [InlineData(80, AlignmentLevel.Integrated)]
    [InlineData(100, AlignmentLevel.Integrated)]
    public void LevelOfTotal_BandEdges_FollowTheScoringKey(int total, AlignmentLevel expected) =>
        ScoringKey.LevelOfTotal(total).Should().Be(expected);

    [Theory]
    [InlineData(19)]
    [InlineData(101)]
    public void LevelOfTotal_OutsideTwentyToHundred_Throws(int total) =>
        FluentActions.Invoking(() => ScoringKey.LevelOfTotal(total)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData("59.5", "59.5", AlignmentLevel.Defined)]
    [InlineData("59.96", "60.0", AlignmentLevel.Aligned)]
    [InlineData("59.95", "60.0", AlignmentLevel.Aligned)]
    [InlineData("59.94", "59.9", AlignmentLevel.Defined)]
    [InlineData("39.95", "40.0", AlignmentLevel.Defined)]
    [InlineData("79.949", "79.9", AlignmentLevel.Aligned)]
    [InlineData("79.95", "80.0", AlignmentLevel.Integrated)]
    [InlineData("20", "20.0", AlignmentLevel.Undefined)]
    [InlineData("100", "100.0", AlignmentLevel.Integrated)]
    public void LevelOfMean_UsesTheMeanAsShown(string mean, string shown, AlignmentLevel expected)
    {
        var value = decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture);

        ScoringKey.Round(value).Should().Be(decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
        ScoringKey.LevelOfMean(value).Should().Be(expected);
    }

    [Fact]
    public void Round_HalfwayCases_RoundAwayFromZero()
    {
        ScoringKey.Round(42.25m).Should().Be(42.3m);
        ScoringKey.Round(42.35m).Should().Be(42.4m);
    }

    [Fact]
    public void Round_NegativeHalfway_RoundsAwayFromZero()
    {
        // Gaps between means are negative when Marketing rates higher; they round like the means themselves.
        ScoringKey.Round(-1.25m).Should().Be(-1.3m);
        ScoringKey.Round(-0.05m).Should().Be(-0.1m);
    }

    [Theory]
    [InlineData("58.25", "en-GB", "58.3")]
    [InlineData("58.25", "nl-NL", "58,3")]
    [InlineData("59.95", "en-GB", "60.0")]
    [InlineData("62", "en-GB", "62.0")]
    [InlineData("-1.25", "en-GB", "-1.3")]
    public void Format_Mean_ShowsTheRoundedMeanWithOneDecimalInTheCulture(string mean, string culture, string expected)
    {
        var value = decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture);

        ScoringKey.Format(value, System.Globalization.CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Theory]
    [InlineData("3.125", 2, "3.13")]
    [InlineData("-0.125", 2, "-0.13")]
    [InlineData("3.124", 2, "3.12")]
    [InlineData("59.95", 1, "60.0")]
    [InlineData("2.5", 0, "3")]
    public void Round_WithDecimals_HalfAwayFromZero(string value, int decimals, string expected) =>
        ScoringKey.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals)
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("42.25")]
    [InlineData("59.95")]
    [InlineData("-0.05")]
    public void Round_ShownDecimals_SameAsRoundOfAMean(string value)
    {
        var mean = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        ScoringKey.Round(mean, ScoringKey.ShownDecimals).Should().Be(ScoringKey.Round(mean));
    }
}
