using System.Globalization;
using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Domain.Tests.Instrument;

/// <summary>The translations come from the satellite assemblies (ru/, nl/ beside the Domain assembly), not the English fallback.</summary>
public class InstrumentTranslationTests
{
    [Theory]
    [InlineData("ru", "Наши фактические продажи обычно близки к прогнозу продаж.")]
    [InlineData("ru-RU", "Наши фактические продажи обычно близки к прогнозу продаж.")]
    [InlineData("nl", "Onze verkoopcijfers liggen meestal dicht bij de salesprognose.")]
    [InlineData("nl-BE", "Onze verkoopcijfers liggen meestal dicht bij de salesprognose.")]
    public void Text_Statement1InRussianOrDutch_IsTheTranslation(string culture, string expected) =>
        Questionnaire.Get(1).Text(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Theory]
    [InlineData("ru", "Полностью не согласен", "Полностью согласен")]
    [InlineData("nl", "Helemaal mee oneens", "Helemaal mee eens")]
    public void Label_ScaleEndsInRussianOrDutch_AreTranslated(string culture, string first, string last)
    {
        AnswerScale.Points[0].Label(CultureInfo.GetCultureInfo(culture)).Should().Be(first);
        AnswerScale.Points[4].Label(CultureInfo.GetCultureInfo(culture)).Should().Be(last);
    }

    [Fact]
    public void Text_EveryStatementInRussianAndDutch_DiffersFromTheEnglish()
    {
        foreach (var statement in Questionnaire.Statements)
        {
            var english = statement.Text(CultureInfo.InvariantCulture);
            statement.Text(CultureInfo.GetCultureInfo("ru")).Should().NotBe(english, "statement {0} is translated into Russian", statement.Number);
            statement.Text(CultureInfo.GetCultureInfo("nl")).Should().NotBe(english, "statement {0} is translated into Dutch", statement.Number);
        }
    }

    [Fact]
    public void Instruction_Russian_IsTranslated() =>
        Questionnaire.Instruction(CultureInfo.GetCultureInfo("ru")).Should().StartWith("Оцените каждое из следующих утверждений");
}
