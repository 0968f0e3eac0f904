using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Tests.Building;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

/// <summary>What a consultant hands to a CEO: the draft mark, a short honest report without figures, weak spots with their action, the four perceptions.</summary>
public class DeliverableReportTests
{
    private readonly PdfReportRenderer _renderer = new();

    [Fact]
    public void Render_OpenAssessment_CoverAndEveryPageSayDraft()
    {
        var input = DomainSamples.Input(DomainSamples.Diverging()) with { ClosedOn = null };

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(input)), "draft");

        pdf.Text(1).Should().Contain("DRAFT").And.Contain("still open");
        for (var page = 2; page <= pdf.PageCount; page++)
        {
            pdf.Text(page).Should().Contain("Draft · Fabrikam Tooling GmbH", "page {0} carries the draft mark in its header", page);
        }
    }

    [Fact]
    public void Render_ClosedAssessment_NoDraftMark()
    {
        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(DomainSamples.Input(DomainSamples.Diverging()))), "closed");

        pdf.Text().Should().NotContain("Draft").And.NotContain("DRAFT");
    }

    [Fact]
    public void Render_NoResponses_ShortReportWithoutTablesOfDashesAndAnHonestAppendix()
    {
        var empty = AssessmentResults.Compute(ResponseCounts.Empty, ResponseCounts.Empty, AnonymityRule.Default);

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(DomainSamples.Input(empty))), "no-responses");

        pdf.PageCount.Should().BeLessThanOrEqualTo(3, "a cover, the summary and the appendix: no pages of dashes");
        var text = pdf.Text();
        text.Should().NotContain("No figure was withheld").And.Contain("nobody has answered yet");
        text.Should().NotContain("The 20 statements");
    }

    [Fact]
    public void Render_AllWithheld_ShortReportListsWhatWasWithheld()
    {
        var withheld = DomainSamples.Diverging(salesRespondents: 2, marketingRespondents: 2);

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(DomainSamples.Input(withheld))), "all-withheld");

        pdf.PageCount.Should().BeLessThanOrEqualTo(4, "cover, summary, recommendation and appendix: no chart or table of dashes");
        pdf.Text().Should().NotContain("No figure was withheld").And.Contain("Withheld").And.NotContain("The 20 statements");
        pdf.Text(2).Should().NotContain("…", "the withheld cards give the whole reason");
    }

    [Fact]
    public void Render_RussianWithheldCards_GiveTheWholeReason()
    {
        var russian = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        var withheld = AssessmentResults.Compute(DomainSamples.Answers(2, 2), DomainSamples.Answers(2, 3), AnonymityRule.Default);
        var input = DomainSamples.Input(withheld) with
        {
            Culture = russian,
            Recommendation = Domain.Recommendations.RecommendationEngine.Recommend(withheld, []),
        };

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(input)), "withheld-ru");

        pdf.Text(2).Should().NotContain("…");
    }

    [Fact]
    public void Render_WeakSpots_EachWithItsActionAndTheLegend()
    {
        var input = DomainSamples.Input(DomainSamples.Diverging());
        var report = DiagnosticReportBuilder.Build(input);
        report.WeakSpots.Should().HaveCount(3);

        using var pdf = PdfFile.Write(_renderer.Render(report), "weak-spots");

        var text = pdf.Text();
        text.Should().Contain("Weak spots and what to do").And.Contain("○ Weak spot: one of the three statements");
        foreach (var spot in input.Recommendation.WeakSpots)
        {
            text.Should().Contain("Action: " + spot.Action.Title(DomainSamples.English));
        }
    }

    [Fact]
    public void Render_MoveUp_TheDecisionBannerIsNotRepeatedAsAFromToLine()
    {
        var input = DomainSamples.Input(DomainSamples.Diverging(), ["market-commoditized"]);
        input.Recommendation.Decision.Should().Be(Domain.Recommendations.Decision.MoveUp);

        using var pdf = PdfFile.Write(_renderer.Render(DiagnosticReportBuilder.Build(input)), "move-up");

        var text = pdf.Text();
        text.Should().Contain("Move up from Defined to Aligned").And.NotContain("From Defined to Aligned");
    }

    [Fact]
    public void Build_Perceptions_FourRowsHeadsViewAndStaff()
    {
        var heads = DomainSamples.Answers(1, 4);
        var staff = DomainSamples.Answers(3, 2);
        var input = DomainSamples.Input(DomainSamples.Diverging()) with
        {
            Perceptions = Perceptions.Compute((_, role) => role == RespondentRole.Head ? heads : staff, AnonymityRule.Default),
        };

        var report = DiagnosticReportBuilder.Build(input);
        using var pdf = PdfFile.Write(_renderer.Render(report), "perceptions");

        report.Perceptions.Select(p => p.Label).Should().Equal("Sales: head's view", "Sales: staff", "Marketing: head's view", "Marketing: staff");
        report.Perceptions.Should().OnlyContain(p => p.MeanTotal != null);
        pdf.Text().Should().Contain("Four perceptions: heads and staff").And.Contain("Sales: head's view");
    }
}
