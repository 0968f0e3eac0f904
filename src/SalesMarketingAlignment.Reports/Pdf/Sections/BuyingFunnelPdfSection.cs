using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>
/// The Buying Funnel map (docs/decisions/0018-buying-funnel.md): the eight stages as a narrowing funnel in the middle,
/// Sales' view on the left and Marketing's on the right as bars of the share per lead, flagged stages in vermillion.
/// </summary>
internal sealed class BuyingFunnelPdfSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    private const double RowHeight = 34;
    private const double BarHeight = 13;
    private const double HeaderHeight = 16;
    private const double LegendHeight = 18;

    public void Draw(BuyingFunnelChart? chart)
    {
        if (chart is null)
        {
            return;
        }

        var intro = Text("FunnelIntro");
        var notes = new[] { chart.SalesWithheld, chart.MarketingWithheld }.OfType<string>().ToArray();
        var height = Flow.ParagraphHeight(intro, Style.Small, Flow.ContentWidth) + HeaderHeight + (RowHeight * chart.Rows.Count) + LegendHeight
            + notes.Sum(n => Flow.ParagraphHeight(n, Style.Small, Flow.ContentWidth)) + 40;
        Flow.EnsureSpace(height);
        Flow.Subheading(chart.Title, keepWithNext: 0);
        Flow.Paragraph(intro, Style.Small, Style.MutedBrush);

        var width = Flow.ContentWidth;
        var sideWidth = width * 0.3;
        var centerLeft = Flow.Left + sideWidth + 8;
        var centerWidth = width - (2 * (sideWidth + 8));
        var center = centerLeft + (centerWidth / 2);
        var salesLeft = Flow.Left;
        var marketingLeft = Flow.Left + width - sideWidth;

        var top = Flow.Y;
        Gfx.DrawString(chart.SalesHeading, Style.SmallBold, Brush(ChartPalette.Sales.ColorHex), salesLeft, top, XStringFormats.TopLeft);
        Gfx.DrawString(chart.StageHeading, Style.SmallBold, Style.InkBrush, new XRect(centerLeft, top, centerWidth, HeaderHeight), XStringFormats.TopCenter);
        Gfx.DrawString(chart.MarketingHeading, Style.SmallBold, Brush("#9A6700"), marketingLeft, top, XStringFormats.TopLeft);
        top += HeaderHeight;

        var funnelFill = new XSolidBrush(XColor.FromArgb(0xE4, 0xEA, 0xF1));
        var widest = centerWidth;
        var narrowest = centerWidth * 0.45;
        double WidthAt(int row) => widest - ((widest - narrowest) * row / chart.Rows.Count);
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var y = top + (i * RowHeight);
            var w0 = WidthAt(i);
            var w1 = WidthAt(i + 1);
            Gfx.DrawPolygon(funnelFill, [new XPoint(center - (w0 / 2), y + 1), new XPoint(center + (w0 / 2), y + 1), new XPoint(center + (w1 / 2), y + RowHeight - 1), new XPoint(center - (w1 / 2), y + RowHeight - 1)], XFillMode.Winding);
            var flagged = row.Flag is not null;
            Gfx.DrawString(row.StageName, flagged ? Style.SmallBold : Style.Small, Style.InkBrush, new XRect(centerLeft, y + 6, centerWidth, 10), XStringFormats.TopCenter);
            if (row.Flag is { } flag)
            {
                Gfx.DrawString(TextLayout.Fit(Gfx, "▲ " + flag, Style.Tiny, centerWidth), Style.Tiny, Brush(ChartPalette.Divergent), new XRect(centerLeft, y + 18, centerWidth, 9), XStringFormats.TopCenter);
            }

            DrawBar(row.Sales, salesLeft, y, sideWidth);
            DrawBar(row.Marketing, marketingLeft, y, sideWidth);
        }

        Flow.Y = top + (RowHeight * chart.Rows.Count) + 4;
        var x = Flow.Left;
        foreach (var item in chart.Legend)
        {
            Gfx.DrawRectangle(Brush(item.ColorHex), x, Flow.Y + 2, 9, 9);
            Gfx.DrawString(item.Label, Style.Small, Style.InkBrush, x + 12, Flow.Y + 1, XStringFormats.TopLeft);
            x += 12 + Gfx.MeasureString(item.Label, Style.Small).Width + 14;
        }

        Flow.Y += LegendHeight;
        foreach (var note in notes)
        {
            Flow.Paragraph(note, Style.Small, Style.MutedBrush);
        }

        Flow.Space(6);
    }

    private void DrawBar(FunnelBar bar, double left, double y, double width)
    {
        var barTop = y + 4;
        if (bar.Note is { } note)
        {
            Gfx.DrawRectangle(new XPen(XColor.FromArgb(0xC5, 0xCB, 0xD3), 0.6) { DashStyle = XDashStyle.Dash }, left, barTop, width, BarHeight);
            Gfx.DrawString(note, Style.Tiny, Style.MutedBrush, new XRect(left, barTop + 2, width, BarHeight), XStringFormats.TopCenter);
            return;
        }

        var x = left;
        foreach (var segment in bar.Segments)
        {
            var w = width * (double)segment.Share;
            Gfx.DrawRectangle(Brush(segment.ColorHex), x, barTop, w, BarHeight);
            var label = BuyingFunnelChart.Percent(segment.Share, Culture);
            if (Gfx.MeasureString(label, Style.Tiny).Width + 4 < w)
            {
                Gfx.DrawString(label, Style.Tiny, segment.DarkText ? Style.InkBrush : XBrushes.White, new XRect(x, barTop + 3, w, BarHeight), XStringFormats.TopCenter);
            }

            x += w;
        }

        Gfx.DrawString(TextLayout.Fit(Gfx, bar.Summary, Style.Tiny, width), Style.Tiny, Style.InkBrush, left, barTop + BarHeight + 2, XStringFormats.TopLeft);
    }

    private static XSolidBrush Brush(string hex) =>
        new(XColor.FromArgb(
            int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
}
