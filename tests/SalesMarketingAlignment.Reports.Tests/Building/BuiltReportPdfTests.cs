using System.Globalization;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Tests.Pdf;
using static SalesMarketingAlignment.Reports.Tests.Building.DomainSamples;

namespace SalesMarketingAlignment.Reports.Tests.Building;

/// <summary>From domain results to a PDF file, read back with poppler and checked with qpdf.</summary>
public class BuiltReportPdfTests
{
    private readonly PdfReportRenderer _renderer = new();

    [Fact]
    public void Render_BuiltReport_ShowsOrganizationLevelsAllStatementsAndDecision()
    {
        var results = Diverging();
        var input = Input(results, ["market-commoditized"]);

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(input)), "built");

        var text = pdf.Text();
        var raw = pdf.RawText();
        text.Should().Contain("Fabrikam Tooling GmbH").And.Contain("Petra Lindqvist");
        text.Should().Contain(AlignmentWording.LevelName(results.Sales!.Level, English)).And.Contain(AlignmentWording.LevelName(results.Marketing!.Level, English));
        text.Should().Contain(ChartFormat.Mean(results.Sales.MeanTotal, English)).And.Contain(ChartFormat.Mean(results.Marketing.MeanTotal, English));
        raw.Should().Contain("Move up from Defined to Aligned.");
        raw.Should().Contain(AlignmentConditions.Get("market-commoditized").Text(English), "the reason is listed under the decision");
        foreach (var statement in Questionnaire.Statements)
        {
            raw.Should().Contain(statement.Text(English), "statement {0} is in the table", statement.Number);
        }

        var (exitCode, output) = pdf.QpdfCheck();
        exitCode.Should().BeOneOf([0, 3], output);
    }

    [Theory]
    [InlineData("en", "Move up from Defined to Aligned.", "Why")]
    [InlineData("ru", "Перейти с уровня «Слабое взаимодействие» на уровень «Согласованное взаимодействие».", "Почему")]
    [InlineData("nl", "Van Defined naar Aligned gaan.", "Waarom")]
    public void Render_SummaryPage_IsTheDecisionLineItsReasonsAndTheGapInPlainWords(string language, string decision, string why)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var results = Diverging();
        var input = Input(results, ["market-commoditized", "customized-during-sales", "products-cut-and-dried"]) with { Culture = culture };

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(input)), "summary-" + language);

        var summary = string.Join(' ', pdf.Text(2).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        summary.Should().Contain(decision).And.Contain(why);
        summary.Should().Contain(AlignmentConditions.Get("market-commoditized").Text(culture).Split(' ')[0]);
        var significance = AlignmentWording.SignificanceSentence(results, culture);
        summary.Should().Contain(significance.Split(' ', 4)[..3].Aggregate((a, b) => a + " " + b), "the significance is said in words on the summary page");
        if (language == "ru")
        {
            summary.Should().NotContainAny(["Move up", "Sales", "Marketing", "Why", "points higher"], "a Russian summary has no English left");
        }
    }

    [Fact]
    public void Render_MarketingWithheld_PrintsNoneOfMarketingsNumbers()
    {
        // Marketing's two respondents answer 5 everywhere (mean total 100.0); Sales never reaches 100 or answers 5 on average.
        var marketing = Domain.Scoring.ResponseCounts.FromAnswers(Enumerable.Range(0, 2).Select(_ => Domain.Scoring.SurveyAnswers.Create(Enumerable.Repeat(5, 20).ToArray())));
        var results = Domain.Results.AssessmentResults.Compute(Answers(6, 2), marketing, Domain.Results.AnonymityRule.Default);
        results.Sales!.Statements.Should().OnlyContain(s => s.MeanShown < 5.0m);

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(Input(results))), "built-withheld");

        var text = pdf.Text();
        text.Should().NotContain("100.0").And.NotContain("5.0");
        text.Should().Contain(AlignmentWording.WithheldReason(results.Withheld.Single(w => w.Item == Domain.Results.WithheldItem.MarketingFigures), English));
        text.Should().Contain(ChartFormat.Mean(results.Sales.MeanTotal, English), "Sales is still shown");
        pdf.QpdfCheck().ExitCode.Should().BeOneOf(0, 3);
    }
}
