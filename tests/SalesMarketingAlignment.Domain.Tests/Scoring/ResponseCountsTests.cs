using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests.Scoring;

public class ResponseCountsTests
{
    private static long[] Histogram(params (int Total, long Count)[] entries)
    {
        var histogram = new long[81];
        foreach (var (total, count) in entries)
        {
            histogram[total - 20] = count;
        }

        return histogram;
    }

    private static IReadOnlyList<long>[] AnswerCounts(Func<int, int, long> count) =>
        Enumerable.Range(1, 20).Select(s => (IReadOnlyList<long>)Enumerable.Range(1, 5).Select(a => count(s, a)).ToArray()).ToArray();

    [Fact]
    public void Empty_HasNoResponses()
    {
        ResponseCounts.Empty.Count.Should().Be(0);
        ResponseCounts.Empty.CountOfTotal(60).Should().Be(0);
        ResponseCounts.Empty.CountOfAnswer(1, 3).Should().Be(0);
    }

    [Fact]
    public void FromAnswers_TwoResponses_CountsTotalsAndAnswers()
    {
        var counts = ResponseCounts.FromAnswers([Responses.AllAnswered(3), Responses.With(3, (1, 5), (2, 1))]);

        counts.Count.Should().Be(2);
        counts.CountOfTotal(60).Should().Be(2);
        counts.CountOfTotal(61).Should().Be(0);
        counts.CountOfAnswer(1, 3).Should().Be(1);
        counts.CountOfAnswer(1, 5).Should().Be(1);
        counts.CountOfAnswer(2, 1).Should().Be(1);
        counts.CountOfAnswer(20, 3).Should().Be(2);
    }

    [Fact]
    public void Add_ReturnsNewCountsAndLeavesTheOriginal()
    {
        var one = ResponseCounts.Empty.Add(Responses.AllAnswered(2));

        var two = one.Add(Responses.AllAnswered(5));

        one.Count.Should().Be(1);
        two.Count.Should().Be(2);
        two.CountOfTotal(40).Should().Be(1);
        two.CountOfTotal(100).Should().Be(1);
        ResponseCounts.Empty.Count.Should().Be(0);
    }

    [Fact]
    public void Combine_AddsEveryCount()
    {
        var a = Responses.Totals(20, 60);
        var b = Responses.Totals(60, 100);

        var combined = a.Combine(b);

        combined.Count.Should().Be(4);
        combined.CountOfTotal(60).Should().Be(2);
        combined.CountOfAnswer(20, 5).Should().Be(1);
        a.Count.Should().Be(2);
    }

    [Fact]
    public void FromCounts_SameDataAsFromAnswers_GivesTheSameFigures()
    {
        var responses = new[] { Responses.WithTotal(45), Responses.WithTotal(45), Responses.WithTotal(73), Responses.With(2, (7, 5)) };
        var fromAnswers = ResponseCounts.FromAnswers(responses);

        var fromCounts = ResponseCounts.FromCounts(
            Enumerable.Range(20, 81).Select(fromAnswers.CountOfTotal).ToArray(),
            AnswerCounts(fromAnswers.CountOfAnswer));

        var a = GroupFigures.From(fromAnswers);
        var b = GroupFigures.From(fromCounts);
        b.MeanTotal.Should().Be(a.MeanTotal);
        b.TotalDistribution.Should().Equal(a.TotalDistribution);
        b.Statements.Select(s => s.Mean).Should().Equal(a.Statements.Select(s => s.Mean));
    }

    [Fact]
    public void FromCounts_HistogramNotEightyOne_Throws() =>
        FluentActions.Invoking(() => ResponseCounts.FromCounts(new long[80], AnswerCounts((_, _) => 0)))
            .Should().Throw<ArgumentException>().WithMessage("*81*80*");

    [Fact]
    public void FromCounts_NotTwentyStatements_Throws() =>
        FluentActions.Invoking(() => ResponseCounts.FromCounts(new long[81], AnswerCounts((_, _) => 0)[..19]))
            .Should().Throw<ArgumentException>().WithMessage("*20 statements*19*");

    [Fact]
    public void FromCounts_StatementWithoutFiveCounts_Throws()
    {
        var answers = AnswerCounts((_, _) => 0);
        answers[4] = new long[4];

        FluentActions.Invoking(() => ResponseCounts.FromCounts(new long[81], answers))
            .Should().Throw<ArgumentException>().WithMessage("Statement 5 needs 5*");
    }

    [Fact]
    public void FromCounts_NegativeTotalCount_Throws() =>
        FluentActions.Invoking(() => ResponseCounts.FromCounts(Histogram((60, -1)), AnswerCounts((_, _) => 0)))
            .Should().Throw<ArgumentException>().WithMessage("*total 60*negative*");

    [Fact]
    public void FromCounts_NegativeAnswerCount_Throws() =>
        FluentActions.Invoking(() => ResponseCounts.FromCounts(Histogram((60, 1)), AnswerCounts((s, a) => a == 3 ? 1 : s == 2 && a == 1 ? -1 : 0)))
            .Should().Throw<ArgumentException>().WithMessage("*answer 1 to statement 2*negative*");

    [Fact]
    public void FromCounts_StatementCountDiffersFromRespondents_Throws() =>
        FluentActions.Invoking(() => ResponseCounts.FromCounts(Histogram((60, 2)), AnswerCounts((s, a) => a == 3 ? (s == 9 ? 1 : 2) : 0)))
            .Should().Throw<ArgumentException>().WithMessage("Statement 9 has 1 answers*2 respondents*");

    [Fact]
    public void FromCounts_AnswersDoNotAddUpToTotals_Throws() =>
        // One respondent with total 60 cannot have answered 4 to every statement (total 80).
        FluentActions.Invoking(() => ResponseCounts.FromCounts(Histogram((60, 1)), AnswerCounts((_, a) => a == 4 ? 1 : 0)))
            .Should().Throw<ArgumentException>().WithMessage("*80*60*");

    [Fact]
    public void FromCounts_Consistent_IsAccepted()
    {
        var counts = ResponseCounts.FromCounts(Histogram((60, 3)), AnswerCounts((_, a) => a == 3 ? 3 : 0));

        counts.Count.Should().Be(3);
        counts.CountOfAnswer(11, 3).Should().Be(3);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(101)]
    public void CountOfTotal_OutsideTwentyToHundred_Throws(int total) =>
        FluentActions.Invoking(() => ResponseCounts.Empty.CountOfTotal(total)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(21, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 6)]
    public void CountOfAnswer_OutOfRange_Throws(int statement, int answer) =>
        FluentActions.Invoking(() => ResponseCounts.Empty.CountOfAnswer(statement, answer)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void FromAnswers_NullResponse_Throws() =>
        FluentActions.Invoking(() => ResponseCounts.FromAnswers([Responses.AllAnswered(3), null!])).Should().Throw<ArgumentNullException>();

    [Fact]
    public void FromCounts_Null_Throws() =>
        FluentActions.Invoking(() => ResponseCounts.FromCounts(null!, AnswerCounts((_, _) => 0))).Should().Throw<ArgumentNullException>();

    [Fact]
    public void TotalHistogramAndAnswerCounts_RoundTripThroughFromCounts()
    {
        var original = ResponseCounts.FromAnswers([Responses.WithTotal(33), Responses.WithTotal(87), Responses.With(2, (20, 5))]);

        var copy = ResponseCounts.FromCounts(original.TotalHistogram, original.AnswerCounts);

        original.TotalHistogram.Should().HaveCount(81);
        original.TotalHistogram[33 - 20].Should().Be(1);
        original.AnswerCounts.Should().HaveCount(20).And.OnlyContain(a => a.Count == 5);
        original.AnswerCounts[19].Should().Equal(2L, 0L, 0L, 0L, 1L); // totals 33 and 87 leave statement 20 at 1
        copy.Count.Should().Be(3);
        Enumerable.Range(1, 20).Should().OnlyContain(s => Enumerable.Range(1, 5).All(a => copy.CountOfAnswer(s, a) == original.CountOfAnswer(s, a)));
    }
}
