using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// Finds every key the web project passes to the shared localizer by reading its source (*.cs, *.cshtml):
/// <c>L[...]</c>, <c>localizer[...]</c>, <c>L.GetString(...)</c>, <c>ErrorMessage = "..."</c> and
/// <c>[Display(Name = "...")]</c> (both go through the shared localizer, see Program.AddDataAnnotationsLocalization).
/// A key that is a <c>const string</c> is resolved; any other non-literal key is reported as a call site, for the
/// test to map to the values it can take.
/// </summary>
public static partial class LocalizerKeyScanner
{
    public static string WebProjectDirectory => Path.Combine(RepositoryRoot(), "src", "SalesMarketingAlignment.Web");

    public static string ResourcePath(string culture) =>
        Path.Combine(WebProjectDirectory, "Resources", $"SharedResource.{culture}.resx");

    /// <summary>The keys found in <paramref name="projectDirectory"/>'s source, and the call sites whose key is not a literal.</summary>
    public static ScanResult Scan(string projectDirectory)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !IsBuildOutput(Path.GetRelativePath(projectDirectory, f)))
            .Select(f => (Name: Path.GetRelativePath(projectDirectory, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .ToList();
        var constants = files
            .SelectMany(f => ConstantPattern().Matches(f.Text))
            .GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => string.Concat(LiteralPattern().Matches(g.First().Groups["value"].Value).Select(Unescape)));

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var nonLiteral = new List<string>();
        foreach (var (name, text) in files)
        {
            foreach (Match call in LocalizerCallPattern().Matches(text))
            {
                var key = FirstArgument(text, call.Index + call.Length).Trim();
                var literals = LiteralPattern().Matches(key);
                if (key.Contains("$\"", StringComparison.Ordinal) || key.Contains("$@\"", StringComparison.Ordinal))
                {
                    nonLiteral.Add($"{name}: {key}");
                }
                else if (literals.Count > 0)
                {
                    keys.UnionWith(literals.Select(Unescape));
                }
                else if (constants.TryGetValue(key.Split('.')[^1], out var constant))
                {
                    keys.Add(constant);
                }
                else
                {
                    nonLiteral.Add($"{name}: {key}");
                }
            }

            keys.UnionWith(AnnotationPattern().Matches(text).Select(Unescape));
            nonLiteral.AddRange(NonLiteralErrorMessagePattern().Matches(text).Select(m => $"{name}: ErrorMessage = {m.Groups["expression"].Value}"));
        }

        return new ScanResult(keys, nonLiteral);
    }

    /// <summary>The entries of a .resx file: name to value.</summary>
    public static Dictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>The format items of a composite format string ({0}, {1:N1}, ...), sorted, for comparing a key with its translation.</summary>
    public static IReadOnlyList<string> Placeholders(string format) =>
        [.. PlaceholderPattern().Matches(format).Select(m => m.Value).Order(StringComparer.Ordinal)];

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesMarketingAlignment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SalesMarketingAlignment.sln not found above " + AppContext.BaseDirectory);
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The text from <paramref name="start"/> up to the first top-level ',' or the closing bracket.</summary>
    private static string FirstArgument(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '[' or '(')
            {
                depth++;
            }
            else if ((c is ']' or ')' && depth-- == 0) || (c == ',' && depth == 0))
            {
                return text[start..i];
            }
        }

        throw new InvalidOperationException("Unclosed localizer call at " + start);
    }

    private static string Unescape(Match literal)
    {
        var body = literal.Groups["body"].Value;
        if (literal.Groups["verbatim"].Success)
        {
            return body.Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length)
            {
                i++;
                result.Append(body[i] switch { 'n' => '\n', 't' => '\t', _ => body[i] });
            }
            else
            {
                result.Append(body[i]);
            }
        }

        return result.ToString();
    }

    // An identifier that names a localizer, then its indexer (also ?[) or GetString/GetHtml.
    [GeneratedRegex(@"(?<![\w.])(?:L|localizer|Localizer)(?:\??\[|\.GetString\(|\.GetHtml\()")]
    private static partial Regex LocalizerCallPattern();

    [GeneratedRegex("""(?<verbatim>@)?"(?<body>(?:""|\\.|[^"\\])*)"(?!")""")]
    private static partial Regex LiteralPattern();

    [GeneratedRegex("""const string (?<name>\w+)\s*=\s*(?<value>(?:"(?:\\.|[^"\\])*"\s*\+?\s*)+);""")]
    private static partial Regex ConstantPattern();

    [GeneratedRegex("""(?:\bErrorMessage|\bDisplay\(\s*Name)\s*=\s*"(?<body>(?:\\.|[^"\\])*)"(?!")""")]
    private static partial Regex AnnotationPattern();

    [GeneratedRegex(@"\bErrorMessage\s*=\s*(?<expression>[A-Za-z_][\w.]*)\s*;")]
    private static partial Regex NonLiteralErrorMessagePattern();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    public sealed record ScanResult(IReadOnlySet<string> Keys, IReadOnlyList<string> NonLiteralCallSites);
}
