using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>Draws the chart models as vector graphics with real, selectable text.</summary>
internal sealed class ChartDrawer(XGraphics gfx, ReportStyle style, CultureInfo culture)
{
    private static readonly XColor DivergentColor = ReportStyle.Hex(ChartPalette.Divergent);
    private readonly XPen _gridPen = new(ReportStyle.Hex(ChartPalette.Grid), 0.6);
    private readonly XPen _axisPen = new(ReportStyle.Hex(ChartPalette.Axis), 0.7);

    public static double LevelScaleHeight(LevelScaleChart chart) => 6 + (chart.Markers.Count * 15) + 26 + 26;

    /// <summary>The 20-100 scale with the bands and one lane per marker above it.</summary>
    public void LevelScale(LevelScaleChart chart, double x, double y, double width)
    {
        var lanesTop = y;
        var barTop = lanesTop + (chart.Markers.Count * 15) + 6;
        const double barHeight = 26;
        double X(decimal total) => x + (ChartScale.OfTotal(total) * width);

        foreach (var band in chart.Bands)
        {
            var left = X(band.From);
            var right = band.To == 100 ? X(100) : X(band.To + 1);
            gfx.DrawRectangle(new XSolidBrush(ReportStyle.Hex(band.ColorHex)), left, barTop, right - left, barHeight);
            gfx.DrawString(
                TextLayout.Fit(gfx, band.Name, style.SmallBold, right - left - 6),
                style.SmallBold, style.MutedBrush, new XRect(left, barTop, right - left, barHeight), XStringFormats.Center);
        }

        foreach (var tick in new[] { 20, 40, 60, 80, 100 })
        {
            var tx = X(tick);
            gfx.DrawLine(_axisPen, tx, barTop + barHeight, tx, barTop + barHeight + 3);
            gfx.DrawString(tick.ToString(culture), style.Tiny, style.MutedBrush, tx, barTop + barHeight + 5, XStringFormats.TopCenter);
        }

        for (var i = 0; i < chart.Markers.Count; i++)
        {
            var marker = chart.Markers[i];
            var mx = X(marker.MeanTotal);
            var laneY = lanesTop + (i * 15) + 6;
            var pen = new XPen(ReportStyle.Hex(marker.Style.ColorHex), 0.8) { DashStyle = XDashStyle.Dot };
            gfx.DrawLine(pen, mx, laneY, mx, barTop + barHeight);
            DrawMarker(marker.Style, mx, laneY, 3.6);
        }

        // Labels last, each on a white backing, so another marker's guide line never runs through the text.
        for (var i = 0; i < chart.Markers.Count; i++)
        {
            var marker = chart.Markers[i];
            var mx = X(marker.MeanTotal);
            var laneY = lanesTop + (i * 15) + 6;
            var label = $"{marker.Label} {ChartFormat.Mean(marker.MeanTotal, culture)}";
            var size = gfx.MeasureString(label, style.SmallBold);
            var toTheLeft = mx + 8 + size.Width > x + width;
            var textX = toTheLeft ? mx - 8 : mx + 8;
            gfx.DrawRectangle(XBrushes.White, toTheLeft ? textX - size.Width - 2 : textX - 2, laneY - (size.Height / 2), size.Width + 4, size.Height);
            gfx.DrawString(
                label, style.SmallBold, style.InkBrush,
                textX, laneY,
                toTheLeft ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
        }
    }

    public static double PerceptionGapHeight(PerceptionGapChart chart) => 24 + (chart.Rows.Count * RowHeight) + 34;

    private const double RowHeight = 15;

    /// <summary>Dot plot: one row per statement, Sales and Marketing means on the 1-5 scale joined by a line.</summary>
    public void PerceptionGap(PerceptionGapChart chart, double x, double y, double width)
    {
        var labelWidth = width * 0.46;
        var plotLeft = x + labelWidth + 14;
        var plotRight = x + width - 8;
        var top = y + 24;
        var bottom = top + (chart.Rows.Count * RowHeight);
        double X(decimal answer) => plotLeft + (ChartScale.OfAnswer(answer) * (plotRight - plotLeft));

        gfx.DrawString(
            TextLayout.Fit(gfx, chart.AxisLabel, style.Tiny, plotRight - plotLeft),
            style.Tiny, style.MutedBrush, (plotLeft + plotRight) / 2, y, XStringFormats.TopCenter);
        for (var value = AnswerScale.Minimum; value <= AnswerScale.Maximum; value++)
        {
            var gx = X(value);
            gfx.DrawString(value.ToString(culture), style.SmallBold, style.MutedBrush, gx, y + 11, XStringFormats.TopCenter);
            gfx.DrawLine(_gridPen, gx, top, gx, bottom);
        }

        var divergentBrush = new XSolidBrush(DivergentColor);
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var rowTop = top + (i * RowHeight);
            var cy = rowTop + (RowHeight / 2);
            if (i % 2 == 0)
            {
                gfx.DrawRectangle(style.StripeBrush, x, rowTop, width, RowHeight);
                gfx.DrawLine(_gridPen, X(AnswerScale.Minimum), rowTop, X(AnswerScale.Minimum), rowTop + RowHeight);
            }

            var font = row.Divergent ? style.SmallBold : style.Small;
            gfx.DrawString(row.Number.ToString(culture), font, style.MutedBrush, x + 16, cy, XStringFormats.CenterRight);
            if (row.Divergent)
            {
                gfx.DrawString("▲", style.Tiny, divergentBrush, x + 19, cy, XStringFormats.CenterLeft);
            }

            gfx.DrawString(
                TextLayout.Fit(gfx, row.ShortLabel, font, labelWidth - 30), font, style.InkBrush, x + 30, cy, XStringFormats.CenterLeft);

            if (row.SalesMean is { } s && row.MarketingMean is { } m)
            {
                var connector = row.Divergent ? new XPen(DivergentColor, 1.6) : new XPen(ReportStyle.Hex(ChartPalette.Axis), 0.9);
                gfx.DrawLine(connector, X(s), cy, X(m), cy);
            }

            if (row.MarketingMean is { } marketing)
            {
                DrawMarker(chart.Marketing, X(marketing), cy, 3.8);
            }

            if (row.SalesMean is { } sales)
            {
                DrawMarker(chart.Sales, X(sales), cy, 3.3);
            }
        }

        gfx.DrawLine(_axisPen, x, bottom, x + width, bottom);

        // Legend: shapes as well as colours, so it reads in black-and-white print.
        var ly = bottom + 16;
        var lx = plotLeft;
        lx = LegendEntry(chart.Sales, chart.SalesLabel, lx, ly);
        lx = LegendEntry(chart.Marketing, chart.MarketingLabel, lx, ly);
        if (chart.Rows.Any(r => r.Divergent))
        {
            gfx.DrawString("▲", style.Tiny, divergentBrush, lx, ly, XStringFormats.CenterLeft);
            gfx.DrawString(
                ReportTexts.Get("TableDivergent", culture), style.Small, style.InkBrush, lx + 10, ly, XStringFormats.CenterLeft);
        }
    }

    public static double DistributionHeight => 165;

    /// <summary>Grouped bars: for each level band, one bar per department with its count on top.</summary>
    public void Distribution(TotalsDistributionChart chart, double x, double y, double width)
    {
        const double axisWidth = 28;
        var plotLeft = x + axisWidth;
        var plotTop = y + 8;
        var plotBottom = y + DistributionHeight - 46;
        var plotWidth = width - axisWidth;
        var max = chart.MaximumCount;
        var step = NiceStep(max);
        var top = Math.Ceiling(max / (double)step) * step;
        double Y(int count) => plotBottom - ((plotBottom - plotTop) * count / top);

        for (var tick = 0; tick <= top; tick += step)
        {
            var ty = Y(tick);
            gfx.DrawLine(tick == 0 ? _axisPen : _gridPen, plotLeft, ty, x + width, ty);
            gfx.DrawString(tick.ToString(culture), style.Tiny, style.MutedBrush, plotLeft - 5, ty, XStringFormats.CenterRight);
        }

        var groupWidth = plotWidth / chart.Bands.Count;
        var seriesCount = Math.Max(1, chart.Series.Count);
        var barWidth = Math.Min(34, (groupWidth * 0.6) / seriesCount);
        for (var b = 0; b < chart.Bands.Count; b++)
        {
            var band = chart.Bands[b];
            var groupLeft = plotLeft + (b * groupWidth);
            var barsLeft = groupLeft + ((groupWidth - (barWidth * seriesCount)) / 2);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                var count = series.Count(band.Level);
                var colour = ReportStyle.Hex(series.Style.ColorHex);
                var bx = barsLeft + (s * barWidth);
                var by = Y(count);
                if (count > 0)
                {
                    var fill = series.Style.Marker == SeriesMarker.FilledCircle
                        ? (XBrush)new XSolidBrush(colour)
                        : new XSolidBrush(XColor.FromArgb(255, Lighten(colour.R), Lighten(colour.G), Lighten(colour.B)));
                    gfx.DrawRectangle(new XPen(colour, 1), fill, bx + 1, by, barWidth - 2, plotBottom - by);
                }

                gfx.DrawString(count.ToString(culture), style.Tiny, style.InkBrush, bx + (barWidth / 2), by - 2, XStringFormats.BottomCenter);
            }

            gfx.DrawString(band.Name, style.SmallBold, style.InkBrush, groupLeft + (groupWidth / 2), plotBottom + 5, XStringFormats.TopCenter);
            gfx.DrawString(
                $"{band.From.ToString(culture)}–{band.To.ToString(culture)}",
                style.Tiny, style.MutedBrush, groupLeft + (groupWidth / 2), plotBottom + 16, XStringFormats.TopCenter);
        }

        var ly = plotBottom + 38;
        var lx = plotLeft;
        foreach (var series in chart.Series)
        {
            var colour = ReportStyle.Hex(series.Style.ColorHex);
            var fill = series.Style.Marker == SeriesMarker.FilledCircle
                ? (XBrush)new XSolidBrush(colour)
                : new XSolidBrush(XColor.FromArgb(255, Lighten(colour.R), Lighten(colour.G), Lighten(colour.B)));
            gfx.DrawRectangle(new XPen(colour, 1), fill, lx, ly - 4, 12, 8);
            gfx.DrawString(series.Label, style.Small, style.InkBrush, lx + 16, ly, XStringFormats.CenterLeft);
            lx += 16 + gfx.MeasureString(series.Label, style.Small).Width + 18;
        }
    }

    public static double TrendHeight => 170;

    /// <summary>Mean totals per round on the 20-100 scale over the level bands; Sales solid, Marketing dashed.</summary>
    public void Trend(TrendChart chart, double x, double y, double width)
    {
        const double axisWidth = 28;
        var plotLeft = x + axisWidth;
        var plotRight = x + width - 70;
        var plotTop = y + 4;
        var plotBottom = y + TrendHeight - 40;
        double Y(decimal total) => plotBottom - (ChartScale.OfTotal(total) * (plotBottom - plotTop));

        foreach (var band in chart.Bands)
        {
            var bandTop = band.To == 100 ? Y(100) : Y(band.To + 1);
            var bandBottom = Y(band.From);
            gfx.DrawRectangle(new XSolidBrush(ReportStyle.Hex(band.ColorHex)), plotLeft, bandTop, plotRight - plotLeft, bandBottom - bandTop);
            gfx.DrawString(band.Name, style.Tiny, style.MutedBrush, plotRight + 4, (bandTop + bandBottom) / 2, XStringFormats.CenterLeft);
        }

        foreach (var tick in new[] { 20, 40, 60, 80, 100 })
        {
            gfx.DrawString(tick.ToString(culture), style.Tiny, style.MutedBrush, plotLeft - 5, Y(tick), XStringFormats.CenterRight);
        }

        var n = chart.Rounds.Count;
        double X(int i) => n == 1 ? (plotLeft + plotRight) / 2 : plotLeft + 18 + (i * (plotRight - plotLeft - 36) / (n - 1));
        for (var i = 0; i < n; i++)
        {
            gfx.DrawString(
                TextLayout.Fit(gfx, chart.Rounds[i].Label, style.Tiny, 90), style.Tiny, style.InkBrush, X(i), plotBottom + 5, XStringFormats.TopCenter);
        }

        Series(chart.Sales, r => r.SalesMean, dashed: false);
        Series(chart.Marketing, r => r.MarketingMean, dashed: true);

        var ly = plotBottom + 26;
        var lx = LegendEntry(chart.Sales, chart.SalesLabel, plotLeft, ly);
        LegendEntry(chart.Marketing, chart.MarketingLabel, lx, ly);

        void Series(SeriesStyle seriesStyle, Func<TrendPoint, decimal?> mean, bool dashed)
        {
            var pen = new XPen(ReportStyle.Hex(seriesStyle.ColorHex), 1.6) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid };
            XPoint? previous = null;
            for (var i = 0; i < n; i++)
            {
                if (mean(chart.Rounds[i]) is not { } value)
                {
                    previous = null;
                    continue;
                }

                var point = new XPoint(X(i), Y(value));
                if (previous is { } p)
                {
                    gfx.DrawLine(pen, p, point);
                }

                previous = point;
            }

            for (var i = 0; i < n; i++)
            {
                if (mean(chart.Rounds[i]) is { } value)
                {
                    DrawMarker(seriesStyle, X(i), Y(value), 3.4);
                }
            }
        }
    }

    private double LegendEntry(SeriesStyle seriesStyle, string label, double x, double y)
    {
        DrawMarker(seriesStyle, x + 4, y, 3.6);
        gfx.DrawString(label, style.Small, style.InkBrush, x + 12, y, XStringFormats.CenterLeft);
        return x + 12 + gfx.MeasureString(label, style.Small).Width + 18;
    }

    private void DrawMarker(SeriesStyle seriesStyle, double cx, double cy, double radius)
    {
        var colour = ReportStyle.Hex(seriesStyle.ColorHex);
        switch (seriesStyle.Marker)
        {
            case SeriesMarker.FilledCircle:
                gfx.DrawEllipse(new XPen(XColors.White, 0.6), new XSolidBrush(colour), cx - radius, cy - radius, radius * 2, radius * 2);
                break;
            case SeriesMarker.HollowDiamond:
                var r = radius * 1.25;
                gfx.DrawPolygon(
                    new XPen(colour, 1.5),
                    XBrushes.White,
                    [new XPoint(cx, cy - r), new XPoint(cx + r, cy), new XPoint(cx, cy + r), new XPoint(cx - r, cy)],
                    XFillMode.Winding);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(seriesStyle), seriesStyle.Marker, null);
        }
    }

    private static int NiceStep(int max) => max switch
    {
        <= 5 => 1,
        <= 10 => 2,
        <= 25 => 5,
        <= 50 => 10,
        _ => (int)Math.Pow(10, Math.Floor(Math.Log10(max))),
    };

    private static byte Lighten(byte channel) => (byte)(channel + ((255 - channel) * 0.55));
}
