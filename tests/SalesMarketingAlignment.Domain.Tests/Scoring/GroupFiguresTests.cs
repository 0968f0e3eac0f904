using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests.Scoring;

public class GroupFiguresTests
{
    [Fact]
    public void From_NoResponses_Throws() =>
        FluentActions.Invoking(() => GroupFigures.From(ResponseCounts.Empty)).Should().Throw<ArgumentException>();

    [Fact]
    public void From_KnownTotals_ComputesEveryFigure()
    {
        // Totals 40, 50, 50, 63: mean 50.75, median 50, sample SD = sqrt(((-10.75)^2 + 2*(-0.75)^2 + 12.25^2) / 3).
        var figures = GroupFigures.From(Responses.Totals(50, 40, 63, 50));

        figures.Count.Should().Be(4);
        figures.MeanTotal.Should().Be(50.75m);
        figures.MeanTotalShown.Should().Be(50.8m);
        figures.Level.Should().Be(AlignmentLevel.Defined);
        figures.MedianTotal.Should().Be(50m);
        figures.StandardDeviation.Should().BeApproximately(Math.Sqrt((10.75 * 10.75 + 2 * 0.75 * 0.75 + 12.25 * 12.25) / 3), 1e-12);
        figures.MinTotal.Should().Be(40);
        figures.MaxTotal.Should().Be(63);
        figures.TotalDistribution.Should().Equal(new TotalCount(40, 1), new TotalCount(50, 2), new TotalCount(63, 1));
        figures.CountByLevel.Should().BeEquivalentTo(new Dictionary<AlignmentLevel, long>
        {
            [AlignmentLevel.Undefined] = 0,
            [AlignmentLevel.Defined] = 3,
            [AlignmentLevel.Aligned] = 1,
            [AlignmentLevel.Integrated] = 0,
        });
    }

    [Fact]
    public void From_EvenCount_MedianIsMeanOfTheMiddleTwo() =>
        GroupFigures.From(Responses.Totals(40, 41, 60, 99)).MedianTotal.Should().Be(50.5m);

    [Fact]
    public void From_OneResponse_HasNoStandardDeviation()
    {
        var figures = GroupFigures.From(Responses.Totals(77));

        figures.StandardDeviation.Should().BeNull();
        figures.MedianTotal.Should().Be(77m);
        figures.MeanTotal.Should().Be(77m);
    }

    [Fact]
    public void From_IdenticalTotals_StandardDeviationIsZero() =>
        GroupFigures.From(Responses.Totals(60, 60, 60)).StandardDeviation.Should().Be(0);

    [Fact]
    public void From_Statements_MeanAndAnswerCountsPerStatement()
    {
        var counts = ResponseCounts.FromAnswers([Responses.With(3, (7, 1)), Responses.With(3, (7, 2)), Responses.With(3, (7, 5))]);

        var figures = GroupFigures.From(counts);

        figures.Statements.Should().HaveCount(20);
        figures.Statements.Select(s => s.Number).Should().Equal(Enumerable.Range(1, 20));
        var seven = figures.Statement(7);
        seven.AnswerCounts.Should().Equal(1L, 1L, 0L, 0L, 1L);
        seven.Mean.Should().Be(8m / 3);
        seven.MeanShown.Should().Be(2.7m);
        figures.Statement(1).Mean.Should().Be(3m);
        figures.Statement(1).AnswerCounts.Should().Equal(0L, 0L, 3L, 0L, 0L);
    }

    [Theory]
    // Twenty totals: 19 at the base value and one at base + extra; mean = base + extra / 20.
    [InlineData(59, 19, "59.95", "60.0", AlignmentLevel.Aligned)]
    [InlineData(59, 18, "59.9", "59.9", AlignmentLevel.Defined)]
    [InlineData(39, 19, "39.95", "40.0", AlignmentLevel.Defined)]
    [InlineData(39, 18, "39.9", "39.9", AlignmentLevel.Undefined)]
    [InlineData(79, 19, "79.95", "80.0", AlignmentLevel.Integrated)]
    [InlineData(79, 18, "79.9", "79.9", AlignmentLevel.Aligned)]
    public void Level_MeanNearABandEdge_IsTheLevelOfTheShownMean(int baseTotal, int extra, string mean, string shown, AlignmentLevel level)
    {
        var totals = Enumerable.Repeat(baseTotal, 19).Append(baseTotal + extra).ToArray();

        var figures = GroupFigures.From(Responses.Totals(totals));

        figures.MeanTotal.Should().Be(decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture));
        figures.MeanTotalShown.Should().Be(decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
        figures.Level.Should().Be(level);
    }

    [Theory]
    [InlineData(20, AlignmentLevel.Undefined)]
    [InlineData(39, AlignmentLevel.Undefined)]
    [InlineData(40, AlignmentLevel.Defined)]
    [InlineData(59, AlignmentLevel.Defined)]
    [InlineData(60, AlignmentLevel.Aligned)]
    [InlineData(79, AlignmentLevel.Aligned)]
    [InlineData(80, AlignmentLevel.Integrated)]
    [InlineData(100, AlignmentLevel.Integrated)]
    public void Level_WholeTotalsAtBandEdges_FollowTheScoringKey(int total, AlignmentLevel level)
    {
        var figures = GroupFigures.From(Responses.Totals(total, total));

        figures.Level.Should().Be(level);
        figures.CountByLevel[level].Should().Be(2);
    }

    [Fact]
    public void MeanTotal_RepeatingDecimal_IsKeptExactEnoughToRound()
    {
        // 100 / 3 = 33.33...; shown 33.3.
        var figures = GroupFigures.From(Responses.Totals(20, 40, 40));

        figures.MeanTotalShown.Should().Be(33.3m);
        figures.Level.Should().Be(AlignmentLevel.Undefined);
    }
}
