using System.Xml.Linq;
using SalesMarketingAlignment.Tests.Shared;

namespace SalesMarketingAlignment.Domain.Tests.Resources;

public class ResourceParityTests
{
    private const string ProjectFolder = "src/SalesMarketingAlignment.Domain";

    public static TheoryData<string, string> TranslatedFiles() => ResxParity.TranslatedFiles(ProjectFolder);

    [Fact]
    public void NeutralFiles_AreTheThreeTextFiles() =>
        ResxParity.NeutralFiles(ProjectFolder).Select(Path.GetFileName)
            .Should().BeEquivalentTo("InstrumentTexts.resx", "RecommendationTexts.resx", "WordingTexts.resx");

    [Theory]
    [MemberData(nameof(TranslatedFiles))]
    public void Translation_HasEveryKeyNonEmptyWithTheSamePlaceholders(string neutralFile, string culture) =>
        ResxParity.ShouldMatchItsTranslation(neutralFile, culture);

    [Fact]
    public void Problems_MissingExtraEmptyAndChangedPlaceholders_AreEachReported()
    {
        var neutral = ResxParity.Resx(("Title", "Hello {0}"), ("Count", "{0} of {1:0.0}"), ("Gone", "Bye"), ("Blank", "Text"));
        var translation = ResxParity.Resx(("Title", "Hallo"), ("Count", "{0} van {1:0.00}"), ("Blank", " "), ("Extra", "Meer"));

        var problems = ResxParity.Problems(neutral, translation);

        problems.Should().BeEquivalentTo(
            "placeholders of 'Title' are {}, expected {{0}}",
            "placeholders of 'Count' are {{0} {1:0.00}}, expected {{0} {1:0.0}}",
            "missing key 'Gone'",
            "empty text for 'Blank'",
            "extra key 'Extra'");
    }

    [Fact]
    public void Problems_IdenticalFiles_AreNone()
    {
        var neutral = ResxParity.Resx(("Title", "Hello {0}"));

        ResxParity.Problems(neutral, ResxParity.Resx(("Title", "Привет, {0}"))).Should().BeEmpty();
    }

}
