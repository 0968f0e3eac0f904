using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// The Nu HTML Checker (vnu.jar from the npm package vnu-jar, run with Java). The JVM takes a second or two to start,
/// so one call checks many documents: sessions collect every page they visit and check them together at the end.
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

    /// <summary>Checks the documents in one vnu run and returns the errors (warnings are not reported).</summary>
    public static async Task<IReadOnlyList<HtmlError>> CheckAsync(IReadOnlyList<Document> documents, string workFolder)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        Directory.CreateDirectory(workFolder);
        // Files are named by position; vnu reports them as file: URLs, mapped back to the document names here.
        var fileToDocument = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var file = Path.GetFullPath(Path.Combine(workFolder, $"{i + 1:00}.html"));
            await File.WriteAllTextAsync(file, documents[i].Html);
            files.Add(file);
            fileToDocument[Path.GetFileName(file)] = documents[i].Name;
        }

        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // C1-only JIT and the serial GC halve the JVM's start-up for a short run; C1 frames are larger, so vnu's
        // schema evaluation needs a bigger stack than its documented 512k.
        foreach (var arg in new[]
        {
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss16m",
            "-jar", VnuJarPath, "--errors-only", "--format", "json",
        })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // vnu writes its JSON report to stderr; exit code 1 means "errors found", anything else above 0 is a failure.
        var json = (await stderr).Trim();
        if (process.ExitCode > 1 || !json.StartsWith('{'))
        {
            throw new InvalidOperationException(
                $"vnu.jar exited with {process.ExitCode}: {json}{await stdout}");
        }

        return Parse(json, fileToDocument).Where(e => !IsCssIsolationAttribute(e.Message)).ToList();
    }

    private static IEnumerable<HtmlError> Parse(string json, Dictionary<string, string> fileToDocument)
    {
        using var report = JsonDocument.Parse(json);
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            if (type is not ("error" or "non-document-error"))
            {
                continue;
            }

            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            yield return new HtmlError(
                fileToDocument.TryGetValue(url[(url.LastIndexOf('/') + 1)..], out var name) ? name : url,
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
