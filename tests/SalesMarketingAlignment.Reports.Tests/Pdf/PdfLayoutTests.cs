using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Tests.Samples;
using PageLayout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.PageLayout;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

/// <summary>
/// Reads the word boxes of the localized samples back from the PDF: long level names (Russian) and longer labels
/// (Dutch) must wrap, not run into neighbouring text, past the margins or end cut with an ellipsis.
/// </summary>
public class PdfLayoutTests
{
    // pdftotext's boxes span the font's full ascent and descent, so lines set at the font's line height touch; a word
    // only counts as overlapping another when the two share more than this much in both directions.
    private const double OverlapTolerance = 1.0;

    // Glyph side bearings and the running header's rule may reach a hair past the margin.
    private const double MarginTolerance = 0.5;

    private readonly PdfReportRenderer _renderer = new();

    public static TheoryData<string> Samples => ["ru", "nl", "en"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_LocalizedSample_NoWordOverlapsAnother(string language)
    {
        using var pdf = PdfFile.Write(_renderer.Render(Sample(language)), $"layout-overlap-{language}");

        var overlaps = new List<string>();
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var words = pdf.Words(page);
            for (var i = 0; i < words.Count; i++)
            {
                for (var j = i + 1; j < words.Count; j++)
                {
                    if (Overlap(words[i], words[j]))
                    {
                        overlaps.Add($"page {page}: '{words[i].Text}' {Box(words[i])} and '{words[j].Text}' {Box(words[j])}");
                    }
                }
            }
        }

        overlaps.Should().BeEmpty("no text is drawn over other text");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_LocalizedSample_KeepsEveryWordInsideTheMargins(string language)
    {
        using var pdf = PdfFile.Write(_renderer.Render(Sample(language)), $"layout-margins-{language}");
        using var probe = new PdfSharp.Pdf.PdfDocument();
        var size = probe.AddPage();
        size.Size = PdfSharp.PageSize.A4;
        var left = PageLayout.MarginLeft - MarginTolerance;
        var right = size.Width.Point - PageLayout.MarginRight + MarginTolerance;

        var outside = new List<string>();
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            outside.AddRange(pdf.Words(page)
                .Where(w => w.Left < left || w.Right > right)
                .Select(w => $"page {page}: '{w.Text}' {Box(w)}"));
        }

        outside.Should().BeEmpty("text stays between the left and right margins ({0:0.#} to {1:0.#} pt)", left, right);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_LocalizedSample_ShowsLevelNamesWithoutEllipsis(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        using var pdf = PdfFile.Write(_renderer.Render(Sample(language)), $"layout-ellipsis-{language}");

        var cut = new List<string>();
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            cut.AddRange(pdf.Words(page).Where(w => w.Text.EndsWith('…')).Select(w => $"page {page}: '{w.Text}'"));
        }

        cut.Should().BeEmpty("no label of the sample, level names above all, needs cutting");
        // A level name's word broken across lines ("взаимодейств" + "ие") is as unreadable as a cut one.
        var nameWords = Enum.GetValues<AlignmentLevel>().SelectMany(l => AlignmentWording.LevelName(l, culture).Split(' ')).ToHashSet();
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var words = pdf.Words(page).Select(w => w.Text.Trim('«', '»', ',', '.', ':', ';')).ToArray();
            cut.AddRange(words.Zip(words.Skip(1), (head, tail) => (head, tail))
                .Where(pair => nameWords.Contains(pair.head + pair.tail))
                .Select(pair => $"page {page}: '{pair.head}' + '{pair.tail}' (broken)"));
        }

        cut.Should().BeEmpty("level names are drawn whole, not broken inside a word");
        var text = pdf.Text();
        foreach (var level in Enum.GetValues<AlignmentLevel>())
        {
            foreach (var word in AlignmentWording.LevelName(level, culture).Split(' '))
            {
                text.Should().Contain(word, "the level name {0} is shown whole", AlignmentWording.LevelName(level, culture));
            }
        }
    }

    private static DiagnosticReport Sample(string language) => language switch
    {
        "ru" => SampleReports.Russian(),
        "nl" => SampleReports.Dutch(),
        _ => SampleReports.English(),
    };

    private static bool Overlap(PdfWord a, PdfWord b) =>
        Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > OverlapTolerance
        && Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > OverlapTolerance;

    private static string Box(PdfWord w) =>
        string.Create(CultureInfo.InvariantCulture, $"[{w.Left:0.#},{w.Top:0.#} – {w.Right:0.#},{w.Bottom:0.#}]");
}
