using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SalesMarketingAlignment.Tests.Shared;

/// <summary>Compares a translated .resx with its neutral (English) file: same keys, no empty text, same placeholders.</summary>
internal static partial class ResxParity
{
    public static readonly string[] Cultures = ["ru", "nl"];

    /// <summary>The neutral .resx files of a project (e.g. ReportTexts.resx, not ReportTexts.ru.resx), read from the source tree.</summary>
    public static IEnumerable<string> NeutralFiles(string projectFolder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), projectFolder), "*.resx", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileNameWithoutExtension(path).Contains('.', StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string TranslationOf(string neutralPath, string culture) =>
        Path.ChangeExtension(neutralPath, null) + "." + culture + ".resx";

    public static IReadOnlyDictionary<string, string> Entries(XDocument resx) =>
        resx.Root!.Elements("data").ToDictionary(
            data => (string)data.Attribute("name")!,
            data => (string?)data.Element("value") ?? string.Empty,
            StringComparer.Ordinal);

    /// <summary>Every way the translation differs from the neutral file, one line each; empty when they match.</summary>
    public static IReadOnlyList<string> Problems(XDocument neutral, XDocument translation)
    {
        var english = Entries(neutral);
        var translated = Entries(translation);
        var problems = new List<string>();
        foreach (var (key, text) in english)
        {
            if (!translated.TryGetValue(key, out var translatedText))
            {
                problems.Add($"missing key '{key}'");
                continue;
            }

            if (string.IsNullOrWhiteSpace(translatedText))
            {
                problems.Add($"empty text for '{key}'");
            }

            var expected = Placeholders(text);
            var actual = Placeholders(translatedText);
            if (!expected.SetEquals(actual))
            {
                problems.Add($"placeholders of '{key}' are {{{string.Join(' ', actual)}}}, expected {{{string.Join(' ', expected)}}}");
            }
        }

        problems.AddRange(translated.Keys.Where(key => !english.ContainsKey(key)).Select(key => $"extra key '{key}'"));
        return problems;
    }

    /// <summary>Format items such as {0} and {1:0.0}, with their format, so a translation cannot drop or reformat one.</summary>
    public static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Theory rows (neutral file relative to the repository, culture) for every neutral .resx of a project.</summary>
    public static TheoryData<string, string> TranslatedFiles(string projectFolder)
    {
        var data = new TheoryData<string, string>();
        foreach (var neutral in NeutralFiles(projectFolder))
        {
            foreach (var culture in Cultures)
            {
                data.Add(Path.GetRelativePath(RepositoryRoot(), neutral), culture);
            }
        }

        return data;
    }

    /// <summary>Fails unless the culture's translation of <paramref name="neutralFile"/> exists and matches it.</summary>
    public static void ShouldMatchItsTranslation(string neutralFile, string culture)
    {
        var neutralPath = Path.Combine(RepositoryRoot(), neutralFile);
        var translationPath = TranslationOf(neutralPath, culture);
        File.Exists(translationPath).Should().BeTrue("{0} needs a {1} translation", neutralFile, culture);

        Problems(XDocument.Load(neutralPath), XDocument.Load(translationPath))
            .Should().BeEmpty("{0} must match {1}", Path.GetFileName(translationPath), neutralFile);
    }

    /// <summary>An in-memory .resx with the given entries, for tests of the checker itself.</summary>
    public static XDocument Resx(params (string Key, string Value)[] entries) =>
        new(new XElement("root", entries.Select(entry =>
            new XElement("data", new XAttribute("name", entry.Key), new XElement("value", entry.Value)))));

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SalesMarketingAlignment.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No SalesMarketingAlignment.sln above {AppContext.BaseDirectory}: the test reads the .resx files from the source tree.");
    }

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^{}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
