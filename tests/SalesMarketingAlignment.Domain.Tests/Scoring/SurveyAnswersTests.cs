using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests.Scoring;

public class SurveyAnswersTests
{
    private static int?[] Answers(int count, int value) => Enumerable.Repeat<int?>(value, count).ToArray();

    [Fact]
    public void Create_TwentyValidAnswers_SumsTotalAndLevel()
    {
        var values = Enumerable.Range(0, 20).Select(i => (int?)(i % 5 + 1)).ToArray();

        var answers = SurveyAnswers.Create(values);

        answers.Total.Should().Be(60);
        answers.Level.Should().Be(AlignmentLevel.Aligned);
        answers[1].Should().Be(1);
        answers[20].Should().Be(5);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(21)]
    [InlineData(0)]
    public void Validate_NotTwentyAnswers_ReportsTheCount(int count)
    {
        var errors = SurveyAnswers.Validate(Answers(count, 3));

        errors.Should().ContainSingle().Which.Should().Be(new AnswerError(AnswerErrorKind.WrongCount, null, count));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Validate_AnswerOutOfRange_NamesStatementAndValue(int bad)
    {
        var values = Answers(20, 3);
        values[6] = bad;

        var errors = SurveyAnswers.Validate(values);

        errors.Should().ContainSingle().Which.Should().Be(new AnswerError(AnswerErrorKind.OutOfRange, 7, bad));
        errors[0].Message.Should().Contain("Statement 7").And.Contain(bad.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Validate_MissingAnswers_NamesEveryMissingStatement()
    {
        var values = Answers(20, 4);
        values[0] = null;
        values[19] = null;

        SurveyAnswers.Validate(values).Select(e => (e.Kind, e.StatementNumber))
            .Should().Equal((AnswerErrorKind.Missing, 1), (AnswerErrorKind.Missing, 20));
    }

    [Fact]
    public void Create_InvalidAnswers_ThrowsWithAllErrors()
    {
        var values = Answers(20, 2);
        values[2] = 9;
        values[3] = null;

        var act = () => SurveyAnswers.Create(values);

        act.Should().Throw<InvalidAnswersException>().Which.Errors.Should().HaveCount(2);
    }

    [Fact]
    public void Validate_Null_Throws() =>
        FluentActions.Invoking(() => SurveyAnswers.Validate(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Validate_MixedProblems_ReportsEachInStatementOrder()
    {
        var values = Answers(20, 3);
        values[4] = 0;
        values[9] = null;
        values[14] = 6;

        SurveyAnswers.Validate(values).Should().Equal(
            new AnswerError(AnswerErrorKind.OutOfRange, 5, 0),
            new AnswerError(AnswerErrorKind.Missing, 10, null),
            new AnswerError(AnswerErrorKind.OutOfRange, 15, 6));
    }

    [Theory]
    [InlineData(1, 20)]
    [InlineData(5, 100)]
    public void Create_ExtremeAnswers_GiveExtremeTotals(int value, int total) =>
        SurveyAnswers.Create(Answers(20, value)).Total.Should().Be(total);
}
