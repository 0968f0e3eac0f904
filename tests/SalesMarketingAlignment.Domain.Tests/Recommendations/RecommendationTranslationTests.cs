using System.Globalization;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Tests.Recommendations;

public class RecommendationTranslationTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    [Theory]
    [InlineData(AlignmentLevel.Undefined, "Отсутствие взаимодействия")]
    [InlineData(AlignmentLevel.Defined, "Слабое взаимодействие")]
    [InlineData(AlignmentLevel.Aligned, "Согласованное взаимодействие")]
    [InlineData(AlignmentLevel.Integrated, "Полная интеграция")]
    public void LevelName_Russian_IsTheSeminarDecksName(AlignmentLevel level, string expected) =>
        AlignmentWording.LevelName(level, Russian).Should().Be(expected);

    [Theory]
    [InlineData(AlignmentLevel.Undefined)]
    [InlineData(AlignmentLevel.Aligned)]
    public void LevelName_Dutch_KeepsTheArticlesEnglishName(AlignmentLevel level) =>
        AlignmentWording.LevelName(level, Dutch).Should().Be(level.ToString(), "Dutch usage keeps the article's level names (docs/glossary.md)");

    [Fact]
    public void Text_ConditionsActionsAndChecklist_AreTranslatedIntoRussianAndDutch()
    {
        var condition = AlignmentConditions.Get("company-is-small");
        condition.Text(Russian).Should().Be("Компания небольшая.");
        condition.Text(Dutch).Should().Be("Het bedrijf is klein.");

        var checklist = IntegrationChecklist.Tasks.Single(t => t.Id == "os-chief-revenue-officer");
        checklist.Text(Russian).Should().Be("Нанять директора по выручке.");
        checklist.Text(Dutch).Should().Be("Neem een chief revenue officer aan.");

        var action = TransitionActions.Get("ud-rules-of-engagement");
        action.Title(Russian).Should().Be("Формализовать правила взаимодействия");
        action.Title(Dutch).Should().Be("Spreek spelregels af");
    }
}
