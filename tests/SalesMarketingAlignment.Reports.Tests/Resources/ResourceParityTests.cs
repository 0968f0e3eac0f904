using System.Globalization;
using System.Xml.Linq;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Tests.Shared;

namespace SalesMarketingAlignment.Reports.Tests.Resources;

public class ResourceParityTests
{
    private const string ProjectFolder = "src/SalesMarketingAlignment.Reports";

    public static TheoryData<string, string> TranslatedFiles() => ResxParity.TranslatedFiles(ProjectFolder);

    [Fact]
    public void NeutralFiles_AreTheReportTexts() =>
        ResxParity.NeutralFiles(ProjectFolder).Select(Path.GetFileName).Should().Equal("ReportTexts.resx");

    [Theory]
    [MemberData(nameof(TranslatedFiles))]
    public void Translation_HasEveryKeyNonEmptyWithTheSamePlaceholders(string neutralFile, string culture) =>
        ResxParity.ShouldMatchItsTranslation(neutralFile, culture);

    [Fact]
    public void Problems_MissingKeyAndDroppedPlaceholder_AreReported()
    {
        var neutral = ResxParity.Resx(("PageOfPages", "Page {0} of {1}"), ("Open", "Open"));
        var translation = ResxParity.Resx(("PageOfPages", "Страница {0}"));

        ResxParity.Problems(neutral, translation).Should().BeEquivalentTo(
            "placeholders of 'PageOfPages' are {{0}}, expected {{0} {1}}",
            "missing key 'Open'");
    }

    [Theory]
    [InlineData("ru", "Краткое резюме", "Страница 2 из 7", "Продажи близки к прогнозу")]
    [InlineData("nl", "Managementsamenvatting", "Pagina 2 van 7", "Verkoop dicht bij prognose")]
    public void Get_RussianOrDutch_ComesFromTheSatelliteAssembly(string culture, string summary, string page, string shortLabel)
    {
        var info = CultureInfo.GetCultureInfo(culture);

        ReportTexts.Get("SummaryHeading", info).Should().Be(summary);
        ReportTexts.Format("PageOfPages", info, 2, 7).Should().Be(page);
        StatementLabels.ShortLabel(1, info).Should().Be(shortLabel);
    }

}
