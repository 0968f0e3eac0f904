using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

/// <summary>
/// Runs poppler-utils and qpdf on a rendered PDF. They must be on PATH (scripts/ensure-test-prerequisites.sh installs
/// them); a missing tool fails the test with that instruction rather than skipping it.
/// </summary>
internal sealed partial class PdfFile : IDisposable
{
    private PdfFile(string path) => Path = path;

    public string Path { get; }

    public static PdfFile Write(byte[] pdf, string name)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sma-report-{name}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        // Keep a copy for looking at the pages by hand when asked to.
        var keep = Environment.GetEnvironmentVariable("REPORTS_TEST_OUTPUT");
        if (!string.IsNullOrEmpty(keep))
        {
            Directory.CreateDirectory(keep);
            File.Copy(path, System.IO.Path.Combine(keep, name + ".pdf"), overwrite: true);
        }

        return new PdfFile(path);
    }

    /// <summary>Text in content-stream order (-raw), whitespace collapsed: wrapped lines read as one sentence.</summary>
    public string RawText(int? page = null) => Collapse(Text("-raw", page));

    /// <summary>Text as poppler reads it by layout, whitespace collapsed.</summary>
    public string Text(int? page = null) => Collapse(Text(null, page));

    /// <summary>Each word of a page with its box in points from the page's top left, as pdftotext -bbox reads it.</summary>
    public IReadOnlyList<PdfWord> Words(int page)
    {
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, output) = Run("pdftotext", "-bbox", "-f", number, "-l", number, "-enc", "UTF-8", Path, "-");
        exit.Should().Be(0, "pdftotext reads the file");
        return WordBox().Matches(output)
            .Select(m => new PdfWord(
                System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value),
                Coordinate(m, "xMin"),
                Coordinate(m, "yMin"),
                Coordinate(m, "xMax"),
                Coordinate(m, "yMax")))
            .ToArray();

        static double Coordinate(Match m, string name) =>
            double.Parse(m.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public int PageCount => int.Parse(PagesLine().Match(Run("pdfinfo", Path).Output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public string PageSize => PageSizeLine().Match(Run("pdfinfo", Path).Output).Groups[1].Value.Trim();

    public (int ExitCode, string Output) QpdfCheck() => Run("qpdf", "--check", Path);

    /// <summary>Rows of pdffonts after its two header lines.</summary>
    public IReadOnlyList<string> Fonts() =>
        Run("pdffonts", Path).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();

    public void Dispose() => File.Delete(Path);

    private string Text(string? mode, int? page)
    {
        var args = new List<string>();
        if (mode is not null)
        {
            args.Add(mode);
        }

        if (page is { } p)
        {
            args.AddRange(["-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        args.AddRange(["-enc", "UTF-8", Path, "-"]);
        var (exit, output) = Run("pdftotext", [.. args]);
        exit.Should().Be(0, "pdftotext reads the file");
        return output;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    private static (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{tool}' is not on PATH. Install poppler-utils and qpdf with scripts/ensure-test-prerequisites.sh.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    [GeneratedRegex("""<word xMin="(?<xMin>[^"]+)" yMin="(?<yMin>[^"]+)" xMax="(?<xMax>[^"]+)" yMax="(?<yMax>[^"]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordBox();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"Page size:\s+([^\n(]+)")]
    private static partial Regex PageSizeLine();
}

/// <summary>A word on a page and its box, in points from the page's top left.</summary>
internal sealed record PdfWord(string Text, double Left, double Top, double Right, double Bottom);
