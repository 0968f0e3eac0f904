using System.Globalization;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>What moved since the earlier round: departments, perception gap, and the statements that moved.</summary>
internal sealed class ChangesPdfSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(ChangesSection changes)
    {
        Flow.Subheading(Text("ChangesHeading"));
        Flow.Paragraph(changes.Intro, Style.Body, Style.MutedBrush);
        foreach (var line in changes.Departments)
        {
            Flow.Paragraph(line, Style.Body, Style.InkBrush);
        }

        Flow.Paragraph(changes.Gap, Style.Body, Style.InkBrush);
        if (changes.MovedStatements.Count == 0)
        {
            Flow.Paragraph(Text("ChangesNoStatementMoved"), Style.Body, Style.MutedBrush);
        }
        else
        {
            Bullets(Text("ChangesStatementsHeading"), changes.MovedStatements);
        }
    }
}
