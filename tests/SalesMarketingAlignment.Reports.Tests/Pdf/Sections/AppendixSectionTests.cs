using System.Globalization;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class AppendixSectionTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Draw_NothingWithheld_SaysSoUnderTheSubheading()
    {
        using var pdf = PdfCanvas.Draw("appendix-none", flow =>
            new AppendixSection(flow, English).Draw(new ReportAppendix(["How the totals were computed."], [])));

        pdf.RawText().Should().Contain("Figures withheld No figure was withheld. How the totals were computed.", "what was withheld opens the appendix, before the method");
    }

    [Fact]
    public void Draw_WithheldItems_ListsEachWithItsReason()
    {
        using var pdf = PdfCanvas.Draw("appendix-withheld", flow =>
            new AppendixSection(flow, English).Draw(new ReportAppendix(
                ["Method."],
                [new WithheldItem("Marketing", "Only 2 respondents."), new WithheldItem("Overall", "Needs both departments.")])));

        var text = pdf.RawText();
        text.Should().Contain("Figures withheld Marketing Only 2 respondents. Overall Needs both departments.");
        text.Should().NotContain("No figure was withheld.");
    }
}
