using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.StatementTableLayout;
using Table = SalesMarketingAlignment.Reports.Pdf.ReportStyle.TableLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The twenty statements with both departments' means, the gap, and notes on divergent and weak statements.</summary>
internal sealed class StatementTableSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    private const string Dash = "—";

    private const int NumberColumn = 0;
    private const int StatementColumn = 1;
    private const int SalesColumn = 2;
    private const int MarketingColumn = 3;
    private const int GapColumn = 4;
    private const int NotesColumn = 5;

    public void Draw(IReadOnlyList<StatementRow> rows, IReadOnlyList<WeakSpotItem>? weakSpots = null)
    {
        Flow.Heading(Text("TableHeading"));
        Flow.Paragraph(Text("TableIntro"), Style.Body, Style.MutedBrush, spaceAfter: Layout.SpaceAfterIntro);

        using (var table = new RepeatingHeaderTable(Flow, Columns()))
        {
            foreach (var row in rows)
            {
                Row(table, row);
            }
        }

        Flow.Space(Layout.SpaceAfterTable);
        if (rows.Any(r => r.Divergent))
        {
            Flow.Paragraph(Text("TableDivergentNote"), Style.Small, Style.MutedBrush, spaceAfter: Layout.SpaceAfterNote);
        }

        if (rows.Any(r => r.WeakSpot))
        {
            Flow.Paragraph(Text("TableWeakSpotNote"), Style.Small, Style.MutedBrush, spaceAfter: Layout.SpaceAfterNote);
        }

        if (rows.Any(r => r.SalesMean is null || r.MarketingMean is null))
        {
            Flow.Paragraph(Text("TableWithheldNote"), Style.Small, Style.MutedBrush, spaceAfter: Layout.SpaceAfterNote);
        }

        WeakSpots(rows, weakSpots ?? []);
    }

    /// <summary>Each weak statement with its action for the organization's next move (docs/decisions/0004).</summary>
    private void WeakSpots(IReadOnlyList<StatementRow> rows, IReadOnlyList<WeakSpotItem> weakSpots)
    {
        if (weakSpots.Count == 0)
        {
            return;
        }

        Flow.Subheading(Text("WeakSpotsHeading"));
        foreach (var spot in weakSpots)
        {
            var statement = rows.FirstOrDefault(r => r.Number == spot.Number)?.Text ?? "";
            Flow.EnsureSpace(ReportStyle.LineHeight(Style.BodyBold) * 3);
            Flow.Paragraph(
                Format("WeakSpotLine", spot.Number.ToString(Culture), statement, ChartFormat.Mean(spot.Mean, Culture)),
                Style.BodyBold, Style.InkBrush, spaceAfter: Layout.SpaceAfterNote);
            Flow.Paragraph(Format("WeakSpotAction", spot.ActionTitle, spot.Move), Style.Body, Style.InkBrush, indent: Layout.NumberWidth);
        }
    }

    // In the order of the column indexes above.
    private TableColumn[] Columns() =>
    [
        new(Text("TableNumber"), Layout.NumberWidth, ColumnAlignment.Right),
        new(Text("TableStatement"), null, ColumnAlignment.Left),
        new(AlignmentWording.DepartmentName(Department.Sales, Culture), Layout.SalesWidth, ColumnAlignment.Right),
        new(AlignmentWording.DepartmentName(Department.Marketing, Culture), Layout.MarketingWidth, ColumnAlignment.Right),
        new(Text("TableGap"), Layout.GapWidth, ColumnAlignment.Right),
        new(Text("TableNotes"), NotesWidth(), ColumnAlignment.Left),
    ];

    // At least the usual width; wider when a language's note (Russian, Dutch) would not fit inside the padding.
    private double NotesWidth()
    {
        var widest = Math.Max(
            new[] { "▲ " + Text("TableDivergent"), "○ " + Text("TableWeakSpot") }.Max(note => Gfx.MeasureString(note, Style.Small).Width),
            Gfx.MeasureString(Text("TableNotes"), Style.TableHeader).Width);
        return Math.Max(Layout.NotesWidth, Math.Ceiling(widest + (2 * Table.CellPadding)));
    }

    private void Row(RepeatingHeaderTable table, StatementRow row)
    {
        var font = row.Divergent ? Style.TableBodyBold : Style.TableBody;
        var lineHeight = ReportStyle.LineHeight(font);
        var lines = Flow.Wrap(row.Text, font, table.Width(StatementColumn) - (2 * Table.CellPadding));
        var notes = new List<(string Text, XBrush Brush)>();
        if (row.Divergent)
        {
            notes.Add(("▲ " + Text("TableDivergent"), Style.DivergentBrush));
        }

        if (row.WeakSpot)
        {
            notes.Add(("○ " + Text("TableWeakSpot"), Style.InkBrush));
        }

        var height = (Math.Max(lines.Count, notes.Count) * lineHeight) + (2 * Table.CellPadding);
        table.Row(height, top =>
        {
            var textTop = top + Table.CellPadding;
            table.Cell(NumberColumn, row.Number.ToString(Culture), font, Style.InkBrush, textTop);
            for (var l = 0; l < lines.Count; l++)
            {
                table.Cell(StatementColumn, lines[l], font, Style.InkBrush, textTop + (l * lineHeight));
            }

            table.Cell(SalesColumn, Mean(row.SalesMean), font, Style.InkBrush, textTop);
            table.Cell(MarketingColumn, Mean(row.MarketingMean), font, Style.InkBrush, textTop);
            table.Cell(GapColumn, row.Gap is { } gap ? ChartFormat.Gap(gap, Culture) : Dash, font, Style.InkBrush, textTop);
            for (var n = 0; n < notes.Count; n++)
            {
                table.Cell(NotesColumn, notes[n].Text, Style.Small, notes[n].Brush, textTop + (n * lineHeight));
            }
        });
    }

    private string Mean(decimal? mean) => mean is { } m ? ChartFormat.Mean(m, Culture) : Dash;
}
