using System.Globalization;
using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Domain.Tests.Instrument;

public class QuestionnaireTests
{
    [Fact]
    public void Statements_AreNumberedOneToTwenty() =>
        Questionnaire.Statements.Select(s => s.Number).Should().Equal(Enumerable.Range(1, 20));

    [Theory]
    [InlineData(1, "Our sales figures are usually close to the sales forecast.")]
    [InlineData(16, "Sales and Marketing share a strong \u201cWe rise or fall together\u201d culture.")]
    [InlineData(20, "Sales and Marketing actively participate in the preparation and presentation of each other\u2019s plans to top executives.")]
    public void Text_English_IsTheArticlesWording(int number, string expected) =>
        Questionnaire.Get(number).Text(CultureInfo.InvariantCulture).Should().Be(expected);

    [Fact]
    public void Text_EveryStatementHasDistinctWording() =>
        Questionnaire.Statements.Select(s => s.Text(CultureInfo.InvariantCulture)).Should().OnlyHaveUniqueItems();

    [Fact]
    public void Scale_HasFivePointsFromStronglyDisagreeToStronglyAgree()
    {
        AnswerScale.Points.Select(p => p.Value).Should().Equal(1, 2, 3, 4, 5);
        AnswerScale.Points[0].Label(CultureInfo.InvariantCulture).Should().Be("Strongly disagree");
        AnswerScale.Points[4].Label(CultureInfo.InvariantCulture).Should().Be("Strongly agree");
    }
}
