using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Tests.Building;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.PageLayout;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

/// <summary>
/// No nearly empty pages: every page between the cover and the last is measured by its word boxes (pdftotext -bbox),
/// and one filled less than <see cref="MinimumFill"/> fails when the content that follows on the next page would have
/// fitted in the space left (a keep-together rule or a section break pushed it on for nothing).
/// </summary>
public class PageFillTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Share of the content area (between the margins) down to the last word.</summary>
    public const double MinimumFill = 0.5;

    private readonly PdfReportRenderer _renderer = new();

    public static TheoryData<string, PaperSize, int, int> Reports()
    {
        var data = new TheoryData<string, PaperSize, int, int>();
        foreach (var culture in new[] { "en-GB", "ru-RU", "nl-NL" })
        {
            foreach (var paper in new[] { PaperSize.A4, PaperSize.Letter })
            {
                data.Add(culture, paper, 6, 5);      // the usual round
                data.Add(culture, paper, 3, 3);      // few: just at the minimum group
                data.Add(culture, paper, 240, 180);  // many
            }
        }

        data.Add("en-GB", PaperSize.A4, 6, 2); // Marketing withheld
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Render_EveryPageButTheCoverAndTheLast_AtLeastHalfFullOrTheNextBlockWouldNotFit(string cultureName, PaperSize paper, int sales, int marketing)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var results = DomainSamples.Diverging(sales, marketing);
        var input = DomainSamples.Input(results, ["market-commoditized"], trend: Trend) with
        {
            Culture = culture,
            PaperSize = paper,
            Perceptions = Perceptions.Compute((department, role) => DomainSamples.Answers(role == RespondentRole.Head ? 1 : Math.Max(department == Department.Sales ? sales - 1 : marketing - 1, 0), 3), AnonymityRule.Default),
        };
        var name = $"fill-{cultureName}-{paper}-{sales}-{marketing}";
        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(input)), name);

        var pageHeight = paper == PaperSize.Letter ? 792 : 841.89;
        var pages = Enumerable.Range(1, pdf.PageCount).Select(p => PageContent.Of(pdf.Words(p), pageHeight)).ToList();
        output.WriteLine($"{name}: {string.Join("  ", pages.Select((p, i) => $"p{i + 1} {p.Fill:P0}"))}");
        for (var page = 2; page < pages.Count; page++)
        {
            var here = pages[page - 1];
            var next = pages[page];
            if (here.Fill < MinimumFill)
            {
                next.FirstBlockHeight.Should().BeGreaterThan(
                    here.Left,
                    "page {0} of {1} is only {2:P0} full, and the first block of page {3} ({4:0} pt) would have fitted in its {5:0} pt left",
                    page, name, here.Fill, page + 1, next.FirstBlockHeight, here.Left);
            }
        }
    }

    private static readonly TrendPoint[] Trend =
    [
        new("Autumn 2025", new DateOnly(2025, 10, 30), 48m, 55m),
        new("Alignment check, winter 2026", new DateOnly(2026, 2, 27), 52m, 58m),
    ];

    /// <summary>The content of one page: words between the running header and the footer.</summary>
    private sealed record PageContent(double Top, double Bottom, double Fill, double Left, double FirstBlockHeight)
    {
        /// <summary>A vertical gap this large between words separates blocks (a chart and its heading may be split there).</summary>
        private const double BlockGap = 24;

        public static PageContent Of(IReadOnlyList<PdfWord> words, double height)
        {
            var areaTop = Layout.MarginTop - 4;
            var areaBottom = height - Layout.MarginBottom + 4;
            var content = words.Where(w => w.Top >= areaTop && w.Bottom <= areaBottom).OrderBy(w => w.Top).ToList();
            var usable = areaBottom - areaTop;
            if (content.Count == 0)
            {
                return new PageContent(areaTop, areaTop, 0, usable, 0);
            }

            var bottom = content.Max(w => w.Bottom);
            var blockEnd = content[0].Bottom;
            foreach (var word in content.Skip(1))
            {
                if (word.Top - blockEnd > BlockGap)
                {
                    break;
                }

                blockEnd = Math.Max(blockEnd, word.Bottom);
            }

            return new PageContent(content[0].Top, bottom, (bottom - areaTop) / usable, areaBottom - bottom, blockEnd - content[0].Top);
        }
    }
}
