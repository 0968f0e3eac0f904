using System.Globalization;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class ActionPlanPdfSectionTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static ActionPlanReport Plan(params ActionPlanRow[] rows) =>
        new("Action plan", "Who does what by when.", "Overdue", "Nothing to plan.", rows);

    [Fact]
    public void Draw_Rows_NumbersEachItemAndMarksOnlyTheOverdueOneInWords()
    {
        var plan = Plan(
            new ActionPlanRow("Moving Up action", "Appoint a liaison", "Owner: Anna · Due: 1 March 2027 · In progress", Overdue: false, Note: "Starts in spring."),
            new ActionPlanRow("Checklist task", "Share databases", "Owner: nobody yet · No due date · Planned", Overdue: true, Note: null));

        using var pdf = PdfCanvas.Draw("plan-rows", flow => new ActionPlanPdfSection(flow, English).Draw(plan));

        var text = pdf.RawText();
        text.Should().Contain("Action plan Who does what by when.");
        text.Should().Contain("1 Appoint a liaison Moving Up action · Owner: Anna · Due: 1 March 2027 · In progress Starts in spring.");
        text.Should().Contain("2 Share databases Overdue · Checklist task · Owner: nobody yet · No due date · Planned");
        text.Should().NotContain("Overdue · Moving Up action").And.NotContain("Nothing to plan.");
    }

    [Fact]
    public void Draw_NoRows_SaysSo()
    {
        using var pdf = PdfCanvas.Draw("plan-empty", flow => new ActionPlanPdfSection(flow, English).Draw(Plan()));

        pdf.RawText().Should().Contain("Action plan Who does what by when. Nothing to plan.");
    }
}
