using System.Globalization;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using Table = SalesMarketingAlignment.Reports.Pdf.ReportStyle.TableLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The four perceptions the article compares: each department's head's view and its staff (docs/decisions/0013).</summary>
internal sealed class PerceptionsSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    private const double ResponsesWidth = 70;
    private const double MeanWidth = 70;
    private const double LevelWidth = 150;

    /// <param name="headsToldOfHeadsView">False for a round from before decision 0013, whose heads stay under the minimum group.</param>
    public void Draw(IReadOnlyList<PerceptionRow> rows, bool headsToldOfHeadsView = true)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var lineHeight = ReportStyle.LineHeight(Style.TableBody);
        var rowHeight = lineHeight + (2 * Table.CellPadding);
        var intro = Text(headsToldOfHeadsView ? "PerceptionsIntro" : "PerceptionsIntroHeadsNotTold");
        // Heading, intro and the whole table stay together: four rows are never worth splitting.
        Flow.EnsureSpace(Flow.ParagraphHeight(intro, Style.Small, Flow.ContentWidth) + (rowHeight * (rows.Count + 2)) + 40);
        Flow.Subheading(Text("PerceptionsHeading"), keepWithNext: 0);
        Flow.Paragraph(intro, Style.Small, Style.MutedBrush);
        using (var table = new RepeatingHeaderTable(Flow,
        [
            new(Text("PerceptionsColumn"), null, ColumnAlignment.Left),
            new(Text("PerceptionsResponses"), ResponsesWidth, ColumnAlignment.Right),
            new(Text("PerceptionsMeanTotal"), MeanWidth, ColumnAlignment.Right),
            new(Text("PerceptionsLevel"), LevelWidth, ColumnAlignment.Left),
        ]))
        {
            foreach (var row in rows)
            {
                table.Row(rowHeight, top =>
                {
                    var textTop = top + Table.CellPadding;
                    table.Cell(0, row.Label, Style.TableBody, Style.InkBrush, textTop);
                    table.Cell(1, row.Responses.ToString(Culture), Style.TableBody, Style.InkBrush, textTop);
                    table.Cell(2, row.MeanTotal is { } mean ? ChartFormat.Mean(mean, Culture) : "—", Style.TableBody, Style.InkBrush, textTop);
                    table.Cell(3, row.Level ?? row.NotShownReason ?? "", Style.TableBody, row.Level is null ? Style.MutedBrush : Style.InkBrush, textTop);
                });
            }
        }

        Flow.Space(Table.CellPadding * 2);
    }
}
