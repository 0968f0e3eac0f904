using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class RecommendationsPdfSectionTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Draw_OnlyADecision_DrawsNoEmptySubheadings()
    {
        var section = new RecommendationsSection("Stay where you are.", null, null, [], [], [], [], null, [], "  ");

        using var pdf = PdfCanvas.Draw("recommendations-empty", flow => new RecommendationsPdfSection(flow, English).Draw(section));

        pdf.RawText().Trim().Should().Be("Recommendations Stay where you are.");
    }

    [Fact]
    public void Draw_ConditionsNotAssessed_SaysNotAssessedYetForEachAndThatTheConsultantHasNot()
    {
        var section = new RecommendationsSection(
            "Undecided.", "Defined", null, [], [],
            [new ConditionLine("First condition.", ConditionState.NotAssessed), new ConditionLine("Second condition.", ConditionState.NotAssessed)],
            [], null, [], null);

        using var pdf = PdfCanvas.Draw("recommendations-not-assessed", flow => new RecommendationsPdfSection(flow, English).Draw(section));

        var text = pdf.RawText();
        text.Should().Contain("Your consultant has not assessed these conditions yet.");
        text.Split("Not assessed yet").Should().HaveCount(3, "each of the two conditions reads it");
        text.Should().NotContainAny("To assess", "Does not hold", "Assessed by");
    }

    [Fact]
    public void Draw_ConditionsAssessed_SaysHoldsOrDoesNotHoldAndWhoAssessedThemWhen()
    {
        var section = new RecommendationsSection(
            "Stay.", "Defined", null, [], [],
            [new ConditionLine("First condition.", ConditionState.Holds), new ConditionLine("Second condition.", ConditionState.DoesNotHold)],
            [], null, [], null)
        {
            ConditionsAssessed = true,
            ConditionsAssessedBy = "Carla Jensen",
            ConditionsAssessedOn = new DateOnly(2026, 2, 3),
        };

        using var pdf = PdfCanvas.Draw("recommendations-assessed", flow => new RecommendationsPdfSection(flow, English).Draw(section));

        var text = pdf.RawText();
        text.Should().ContainAll("Assessed by Carla Jensen on 3 February 2026.", "Holds", "Does not hold");
        text.Should().NotContainAny("Not assessed yet", "has not assessed");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("nl")]
    public void ConditionStateLabels_FitTheLabelColumnInEveryLanguage(string language)
    {
        PdfSharpSetup.EnsureInitialized();
        var culture = CultureInfo.GetCultureInfo(language);
        var style = new ReportStyle();
        using var measure = XGraphics.CreateMeasureContext(new XSize(600, 800), XGraphicsUnit.Point, XPageDirection.Downwards);

        foreach (var key in new[] { "ConditionHolds", "ConditionDoesNotHold", "ConditionNotAssessed", "ConditionNotApplicable" })
        {
            // The drawn label is a mark, a space and the text; it must end before the condition's text starts.
            var width = measure.MeasureString("✔ " + ReportTexts.Get(key, culture), style.SmallBold).Width;
            width.Should().BeLessThan(ReportStyle.RecommendationsLayout.ConditionStateWidth, $"{key} in {language}");
        }
    }

    [Fact]
    public void Draw_EveryPart_DrawsEachUnderItsSubheadingInOrder()
    {
        var section = new RecommendationsSection(
            "Move up.",
            "Defined",
            "Aligned",
            ["A reason."],
            ["A caveat."],
            [new ConditionLine("A condition.", ConditionState.Holds)],
            [new ActionItem("An action", "Its description.", "Moving up")],
            "Talk it through.",
            [new ChecklistGroup("A group", [new ChecklistTask("A task.", "Ann Lee", new DateOnly(2026, 5, 4)), new ChecklistTask("Open task.")])],
            "Because.");

        using var pdf = PdfCanvas.Draw("recommendations-full", flow => new RecommendationsPdfSection(flow, English).Draw(section));

        var text = pdf.RawText();
        text.Should().ContainAll("From Defined to Aligned", "Why • A reason.", "Caveats • A caveat.", "Article: Moving up", "Closing the perception gap Talk it through.", "Rationale Because.");
        text.IndexOf("Why", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Caveats", StringComparison.Ordinal));
        text.IndexOf("Actions for the transition", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Integration checklist", StringComparison.Ordinal));
        text.Should().Contain("A task.").And.Contain("Open task.").And.Contain("Ann Lee");
    }
}
