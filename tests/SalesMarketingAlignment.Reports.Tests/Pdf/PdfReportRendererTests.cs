using System.Globalization;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Tests.Samples;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

public class PdfReportRendererTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private readonly PdfReportRenderer _renderer = new();

    [Fact]
    public void Render_EnglishSample_ShowsOrganizationLevelsDecisionAndAllTwentyStatements()
    {
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.English()), "english");

        var text = pdf.Text();
        var raw = pdf.RawText();
        text.Should().Contain("Northwind Components Ltd");
        text.Should().Contain("Defined").And.Contain("Aligned");
        text.Should().Contain("58.3").And.Contain("62.4").And.Contain("59.9");
        raw.Should().Contain(SampleReports.Decision);
        foreach (var statement in Questionnaire.Statements)
        {
            raw.Should().Contain(statement.Text(CultureInfo.InvariantCulture), "statement {0} is in the table", statement.Number);
        }
    }

    [Fact]
    public void Render_EnglishSample_NumbersEveryPageOutOfTheTotal()
    {
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.English()), "english-pages");

        var pages = pdf.PageCount;
        pages.Should().BeGreaterThan(4);
        pdf.Text(1).Should().NotContain("Page 1 of", "the cover carries no running footer");
        for (var page = 2; page <= pages; page++)
        {
            pdf.Text(page).Should().Contain($"Page {page} of {pages}");
            pdf.Text(page).Should().Contain("Northwind Components Ltd · Sales and Marketing alignment, spring 2026");
        }
    }

    [Fact]
    public void Render_EnglishSample_PassesQpdfCheck()
    {
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.English()), "english-qpdf");

        var (exitCode, output) = pdf.QpdfCheck();

        // 0 = clean, 3 = warnings only (PDFsharp's compressed streams draw a harmless warning); 2 = errors.
        exitCode.Should().BeOneOf([0, 3], output);
        output.Should().NotContain("error", because: output);
    }

    [Fact]
    public void Render_EnglishSample_EmbedsEveryFont()
    {
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.English()), "english-fonts");

        var fonts = pdf.Fonts();

        fonts.Should().NotBeEmpty();
        fonts.Should().OnlyContain(row => row.Contains("DejaVu Sans") && row.Contains(" yes yes "), "every font is an embedded subset");
    }

    [Fact]
    public void Render_RussianSample_KeepsCyrillicTextAndDecimalComma()
    {
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.Russian()), "russian");

        var text = pdf.Text();
        var raw = pdf.RawText();
        text.Should().Contain("ООО «Северный ветер»");
        raw.Should().Contain("Продажи и маркетинг активно участвуют в подготовке и представлении планов друг друга высшему руководству.");
        raw.Should().Contain("Перейти с уровня «Слабое взаимодействие» на уровень «Согласованное взаимодействие»");
        raw.Should().Contain("Краткое резюме").And.NotContain("Executive summary", "the report's own headings come from ReportTexts.ru.resx");
        text.Should().Contain("58,3").And.NotContain("58.3");
        foreach (var statement in Questionnaire.Statements)
        {
            raw.Should().Contain(statement.Text(CultureInfo.GetCultureInfo("ru")), "statement {0} is in the table in Russian", statement.Number);
        }
    }

    [Fact]
    public void Render_DutchSample_UsesDutchNumbersAndDates()
    {
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.Dutch()), "dutch");

        var text = pdf.Text();
        text.Should().Contain("Bakkerij Van den Berg & Zonen B.V.");
        text.Should().Contain("62,4").And.Contain("−1,2");
        text.Should().Contain("6 mei 2026");
        pdf.RawText().Should().Contain("houd maandelijks een gezamenlijke pijplijnbespreking")
            .And.Contain("Managementsamenvatting").And.NotContain("Executive summary", "the report's own headings come from ReportTexts.nl.resx");
    }

    [Fact]
    public void Render_MarketingWithheld_ShowsNoMarketingFigure()
    {
        var full = PdfFile.Write(_renderer.Render(SampleReports.English()), "full-for-withheld");
        var fullText = full.Text();
        full.Dispose();
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.MarketingWithheld()), "withheld");

        var text = pdf.Text();
        var raw = pdf.RawText();

        fullText.Should().Contain("62.4", "the unwithheld report shows Marketing's mean total");
        text.Should().NotContain("62.4").And.NotContain("59.9", "neither Marketing's nor the overall mean may appear");
        foreach (var gap in SampleReports.SalesMeans.Zip(SampleReports.MarketingMeans, (s, m) => ChartFormat.Gap(s - m, English)).Distinct())
        {
            raw.Should().NotContain(" " + gap + " ", "no gap can be computed without Marketing");
        }

        text.Should().Contain("Withheld");
        raw.Should().Contain(SampleReports.WithheldReason);
        text.Should().Contain("58.3", "Sales is still shown");
        raw.Should().NotContain("Marketing 3.").And.NotContain("Marketing 6");
    }

    [Fact]
    public void Render_LongTable_BreaksAcrossPagesRepeatingTheHeader()
    {
        using var pdf = PdfFile.Write(_renderer.Render(SampleReports.LongTable()), "long-table");

        // The gap chart prints whole labels now (in smaller type rather than cut), so its page names statement 1 too.
        var tablePages = Enumerable.Range(1, pdf.PageCount)
            .Where(p => !pdf.RawText(p).Contains("Perception gap by statement", StringComparison.Ordinal))
            .Where(p => pdf.RawText(p).Contains(Questionnaire.Get(1).Text(CultureInfo.InvariantCulture)) ||
                        Enumerable.Range(2, 19).Any(n => pdf.RawText(p).Contains(Questionnaire.Get(n).Text(CultureInfo.InvariantCulture) + " " + Questionnaire.Get(n).Text(CultureInfo.InvariantCulture))))
            .ToArray();

        tablePages.Length.Should().BeGreaterThan(1, "the long statements need more than one page");
        foreach (var page in tablePages)
        {
            pdf.RawText(page).Should().Contain("No. Statement Sales Marketing Gap Notes", "page {0} repeats the table header", page);
        }
    }

    [Fact]
    public void Render_Letter_UsesLetterPages()
    {
        using var a4 = PdfFile.Write(_renderer.Render(SampleReports.English()), "a4");
        using var letter = PdfFile.Write(_renderer.Render(SampleReports.English(PaperSize.Letter)), "letter");

        a4.PageSize.Should().StartWith("595 x 842");
        letter.PageSize.Should().StartWith("612 x 792");
    }

    [Fact]
    public void Render_TwentyInParallel_AllValidAndSameTextAsOneAtATime()
    {
        var report = SampleReports.English();
        string expected;
        using (var single = PdfFile.Write(_renderer.Render(report), "sequential"))
        {
            expected = single.RawText();
        }

        var pdfs = new byte[20][];
        Parallel.For(0, 20, new ParallelOptions { MaxDegreeOfParallelism = 20 }, i =>
            pdfs[i] = new PdfReportRenderer().Render(i % 2 == 0 ? report : SampleReports.Russian()));

        var russian = SampleReports.Russian();
        using (var russianSingle = PdfFile.Write(_renderer.Render(russian), "sequential-ru"))
        {
            var expectedRussian = russianSingle.RawText();
            for (var i = 0; i < pdfs.Length; i++)
            {
                using var pdf = PdfFile.Write(pdfs[i], $"parallel-{i}");
                pdf.QpdfCheck().ExitCode.Should().BeOneOf(0, 3);
                pdf.RawText().Should().Be(i % 2 == 0 ? expected : expectedRussian, "render {0} matches the sequential one", i);
            }
        }
    }

    [Fact]
    public void Render_NullReport_Throws()
    {
        var act = () => _renderer.Render(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
