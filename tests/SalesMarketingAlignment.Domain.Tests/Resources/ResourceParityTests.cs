using System.Xml.Linq;
using SalesMarketingAlignment.Tests.Shared;

namespace SalesMarketingAlignment.Domain.Tests.Resources;

public class ResourceParityTests
{
    private const string ProjectFolder = "src/SalesMarketingAlignment.Domain";

    public static TheoryData<string, string> TranslatedFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var neutral in ResxParity.NeutralFiles(ProjectFolder))
        {
            foreach (var culture in ResxParity.Cultures)
            {
                data.Add(Path.GetRelativePath(ResxParity.RepositoryRoot(), neutral), culture);
            }
        }

        return data;
    }

    [Fact]
    public void NeutralFiles_AreTheThreeTextFiles() =>
        ResxParity.NeutralFiles(ProjectFolder).Select(Path.GetFileName)
            .Should().BeEquivalentTo("InstrumentTexts.resx", "RecommendationTexts.resx", "ResultTexts.resx");

    [Theory]
    [MemberData(nameof(TranslatedFiles))]
    public void Translation_HasEveryKeyNonEmptyWithTheSamePlaceholders(string neutralFile, string culture)
    {
        var neutralPath = Path.Combine(ResxParity.RepositoryRoot(), neutralFile);
        var translationPath = ResxParity.TranslationOf(neutralPath, culture);
        File.Exists(translationPath).Should().BeTrue("{0} needs a {1} translation", neutralFile, culture);

        var problems = ResxParity.Problems(XDocument.Load(neutralPath), XDocument.Load(translationPath));

        problems.Should().BeEmpty("{0} must match {1}", Path.GetFileName(translationPath), neutralFile);
    }

    [Fact]
    public void Problems_MissingExtraEmptyAndChangedPlaceholders_AreEachReported()
    {
        var neutral = Resx(("Title", "Hello {0}"), ("Count", "{0} of {1:0.0}"), ("Gone", "Bye"), ("Blank", "Text"));
        var translation = Resx(("Title", "Hallo"), ("Count", "{0} van {1:0.00}"), ("Blank", " "), ("Extra", "Meer"));

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
        var neutral = Resx(("Title", "Hello {0}"));

        ResxParity.Problems(neutral, Resx(("Title", "Привет, {0}"))).Should().BeEmpty();
    }

    private static XDocument Resx(params (string Key, string Value)[] entries) =>
        new(new XElement("root", entries.Select(entry =>
            new XElement("data", new XAttribute("name", entry.Key), new XElement("value", entry.Value)))));
}
