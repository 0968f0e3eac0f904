using System.Globalization;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class StatementTableSectionTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private const string DivergentNote = "▲ Divergent: the departments see this statement markedly differently";
    private const string WithheldNote = "figure withheld to protect the anonymity of a small group.";

    [Fact]
    public void Draw_NoDivergentAndNothingWithheld_AddsNoNotesBelowTheTable()
    {
        StatementRow[] rows = [new(1, "First statement.", 3.0m, 3.2m, false, false), new(2, "Second statement.", 2.5m, 2.5m, false, true)];

        using var pdf = PdfCanvas.Draw("table-plain", flow => new StatementTableSection(flow, English).Draw(rows));

        var text = pdf.RawText();
        text.Should().Contain("No. Statement Sales Marketing Gap Notes 1 First statement. 3.0 3.2 −0.2");
        text.Should().Contain("2 Second statement. 2.5 2.5 0.0 ○");
        text.Should().NotContain(DivergentNote).And.NotContain(WithheldNote);
    }

    [Fact]
    public void Draw_DivergentRowAndWithheldMean_ExplainsBothBelowTheTable()
    {
        StatementRow[] rows = [new(1, "First statement.", 2.0m, 3.2m, true, false), new(2, "Second statement.", 2.5m, null, false, false)];

        using var pdf = PdfCanvas.Draw("table-notes", flow => new StatementTableSection(flow, English).Draw(rows));

        var text = pdf.RawText();
        text.Should().Contain("2 Second statement. 2.5 — —");
        text.Should().Contain(DivergentNote).And.Contain(WithheldNote);
    }
}
