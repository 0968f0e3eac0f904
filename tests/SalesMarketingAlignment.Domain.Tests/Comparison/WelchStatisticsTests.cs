using SalesMarketingAlignment.Domain.Comparison;

namespace SalesMarketingAlignment.Domain.Tests.Comparison;

public class WelchStatisticsTests
{
    [Theory]
    // Published two-sided 95% critical values of Student's t.
    [InlineData(1.0, 12.706204736)]
    [InlineData(2.0, 4.302652730)]
    [InlineData(4.0, 2.776445105)]
    [InlineData(6.0, 2.446911851)]
    [InlineData(10.0, 2.228138852)]
    [InlineData(1e6, 1.959966)]
    public void Quantile_UpperTailOfTwoSided95_MatchesTable(double df, double expected) =>
        StudentT.Quantile(0.975, df).Should().BeApproximately(expected, 1e-5);

    [Fact]
    public void Quantile_LowerTail_IsTheMirrorImage() =>
        StudentT.Quantile(0.025, 4).Should().BeApproximately(-2.776445105, 1e-6);

    [Fact]
    public void Quantile_Median_IsZero() => StudentT.Quantile(0.5, 3).Should().Be(0);

    [Theory]
    [InlineData(0.0, 3.0)]
    [InlineData(1.0, 3.0)]
    [InlineData(double.NaN, 3.0)]
    [InlineData(0.9, 0.0)]
    [InlineData(0.9, double.PositiveInfinity)]
    public void Quantile_InvalidArguments_Throw(double probability, double df) =>
        FluentActions.Invoking(() => StudentT.Quantile(probability, df)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Interval_EqualVariancesAndSizes_HandComputed()
    {
        // 2,3,4 then 3,4,5: means 3 and 4, variances 1 and 1; se = sqrt(1/3 + 1/3) = 0.816497; df = 4; t = 2.776445.
        var interval = WelchStatistics.Interval(new SampleSummary(3, 3, 1), new SampleSummary(3, 4, 1))!;

        interval.Difference.Should().Be(1);
        interval.DegreesOfFreedom.Should().BeApproximately(4, 1e-12);
        interval.Lower.Should().BeApproximately(1 - 2.266958, 1e-5);
        interval.Upper.Should().BeApproximately(1 + 2.266958, 1e-5);
        interval.ExcludesZero.Should().BeFalse();
    }

    [Fact]
    public void Interval_UnequalSamples_UsesWelchSatterthwaite()
    {
        // n 4, var 2; n 9, var 8: e1 = 0.5, e2 = 0.888889; se = 1.178511; df = 1.929012 / (0.083333 + 0.098765) = 10.593220.
        var interval = WelchStatistics.Interval(new SampleSummary(4, 2, 2), new SampleSummary(9, 5, 8))!;

        interval.DegreesOfFreedom.Should().BeApproximately(10.593220, 1e-5);
        var t = StudentT.Quantile(0.975, 10.593220);
        t.Should().BeInRange(2.20, 2.23);
        (interval.Upper - interval.Difference).Should().BeApproximately(t * 1.178511, 1e-5);
        interval.ExcludesZero.Should().BeTrue();
    }

    [Fact]
    public void Interval_NeitherVaries_IsTheDifferenceItself()
    {
        var interval = WelchStatistics.Interval(new SampleSummary(3, 3, 0), new SampleSummary(5, 4, 0))!;

        interval.Should().Be(new WelchInterval(1, 1, 1, null));
        interval.ExcludesZero.Should().BeTrue();
    }

    [Fact]
    public void Interval_SingleValueOnOneSide_IsNull() =>
        WelchStatistics.Interval(new SampleSummary(1, 3, 0), new SampleSummary(5, 4, 1)).Should().BeNull();

    [Fact]
    public void Statistic_MatchesHandComputedT()
    {
        // (4 - 3) / 0.816497 = 1.224745 with 4 degrees of freedom.
        var (t, df) = WelchStatistics.Statistic(new SampleSummary(3, 3, 1), new SampleSummary(3, 4, 1))!.Value;

        t.Should().BeApproximately(1.224745, 1e-6);
        df.Should().BeApproximately(4, 1e-12);
    }

    [Theory]
    [InlineData(0L, 1.0, 1.0)]
    [InlineData(2L, double.NaN, 1.0)]
    [InlineData(2L, 1.0, -0.1)]
    [InlineData(2L, 1.0, double.PositiveInfinity)]
    public void SampleSummary_InvalidArguments_Throw(long count, double mean, double variance) =>
        FluentActions.Invoking(() => new SampleSummary(count, mean, variance)).Should().Throw<ArgumentOutOfRangeException>();
}
