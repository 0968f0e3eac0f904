using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// The Nu HTML Checker (vnu.jar from the npm package vnu-jar, run with Java) as one shared local web service
/// (<see cref="VnuServer"/>): sessions collect every page they visit and check them together at the end.
/// </summary>
public static partial class HtmlChecker
{
    public sealed record Document(string Name, string Html);

    public sealed record HtmlError(string Document, int? Line, int? Column, string Message, string? Extract)
    {
        public override string ToString() =>
            $"{Document}:{Line}:{Column} {Message}" + (Extract is null ? "" : $" near \"{Extract.Trim()}\"");
    }

    /// <summary>vnu.jar: $VNU_JAR, else the first node_modules/vnu-jar found from the test binaries upward.</summary>
    public static string VnuJarPath => VnuJar.Value;

    private static readonly Lazy<string> VnuJar = new(FindVnuJar);

    private static readonly HttpClient Http = VnuServer.CreateClient(TimeSpan.FromSeconds(60));

    /// <summary>Starts the shared checker service in the background, so that its start overlaps other work.</summary>
    public static void WarmUp() => _ = VnuServer.GetAsync();

    /// <summary>
    /// Checks the documents with the shared checker service and returns the errors (warnings are not reported).
    /// Each document is also written to <paramref name="workFolder"/> (NN.html, in order) for a failure report.
    /// </summary>
    public static async Task<IReadOnlyList<HtmlError>> CheckAsync(IReadOnlyList<Document> documents, string workFolder)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        Directory.CreateDirectory(workFolder);
        var server = await VnuServer.GetAsync();
        var errors = new List<HtmlError>();
        for (var i = 0; i < documents.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(workFolder, $"{i + 1:00}.html"), documents[i].Html);
            using var content = new StringContent(documents[i].Html, Encoding.UTF8, "text/html");
            using var response = await Http.PostAsync(new Uri(server.Address, "?out=json"), content);
            response.EnsureSuccessStatusCode();
            errors.AddRange(Parse(await response.Content.ReadAsStringAsync(), documents[i].Name));
        }

        return errors.Where(e => !IsCssIsolationAttribute(e.Message)).ToList();
    }

    private static IEnumerable<HtmlError> Parse(string json, string documentName)
    {
        using var report = JsonDocument.Parse(json);
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            if (type is not ("error" or "non-document-error"))
            {
                continue;
            }

            yield return new HtmlError(
                documentName,
                message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
                message.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : null,
                message.GetProperty("message").GetString() ?? "",
                message.TryGetProperty("extract", out var extract) ? extract.GetString() : null);
        }
    }

    // Razor CSS isolation scopes elements with attributes like b-3xk2fpqm9r; vnu rejects them as unknown attributes.
    private static bool IsCssIsolationAttribute(string message) => CssIsolationAttribute().IsMatch(message);

    [GeneratedRegex(@"^Attribute “b-[a-z0-9]{10}” not allowed")]
    private static partial Regex CssIsolationAttribute();

    private static string FindVnuJar()
    {
        if (Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "vnu.jar not found. Run scripts/ensure-test-prerequisites.sh (npm ci in tests/SalesMarketingAlignment.BrowserTests).");
    }
}
