using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Charts;
using Chart = SalesMarketingAlignment.Reports.Pdf.ReportStyle.ChartLayout;
using DistributionLayout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.DistributionLayout;
using GapLayout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.PerceptionGapLayout;
using ScaleLayout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.LevelScaleLayout;
using TrendLayout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.TrendLayout;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>Draws the chart models as vector graphics with real, selectable text.</summary>
internal sealed class ChartDrawer(XGraphics gfx, ReportStyle style, CultureInfo culture)
{
    public static double LevelScaleHeight(LevelScaleChart chart) =>
        ScaleLayout.LaneOffset + (chart.Markers.Count * ScaleLayout.LaneHeight) + ScaleLayout.BarHeight + ScaleLayout.HeightBelowBar;

    /// <summary>The 20-100 scale with the bands and one lane per marker above it.</summary>
    public void LevelScale(LevelScaleChart chart, double x, double y, double width)
    {
        var lanesTop = y;
        var barTop = lanesTop + (chart.Markers.Count * ScaleLayout.LaneHeight) + ScaleLayout.LaneOffset;
        const double barHeight = ScaleLayout.BarHeight;
        double X(decimal total) => x + (ChartScale.OfTotal(total) * width);
        double LaneY(int lane) => lanesTop + (lane * ScaleLayout.LaneHeight) + ScaleLayout.LaneOffset;

        foreach (var band in chart.Bands)
        {
            var left = X(band.From);
            var right = band.To == ScoringKey.MaximumTotal ? X(ScoringKey.MaximumTotal) : X(band.To + 1);
            gfx.DrawRectangle(new XSolidBrush(ReportStyle.Hex(band.ColorHex)), left, barTop, right - left, barHeight);
            // A long name (Russian) wraps onto lines centred in the band instead of being cut.
            DrawCentredLines(
                TextLayout.Wrap(gfx, band.Name, style.SmallBold, right - left - ScaleLayout.BandNamePadding),
                style.SmallBold, style.MutedBrush, (left + right) / 2, barTop + (barHeight / 2));
        }

        foreach (var tick in Chart.TotalTicks)
        {
            var tx = X(tick);
            gfx.DrawLine(style.ChartAxisPen, tx, barTop + barHeight, tx, barTop + barHeight + ScaleLayout.TickLength);

            // The end labels align inward so they stay inside the margins.
            var format = tick == Chart.TotalTicks[0] ? XStringFormats.TopLeft
                : tick == Chart.TotalTicks[^1] ? XStringFormats.TopRight
                : XStringFormats.TopCenter;
            gfx.DrawString(
                tick.ToString(culture), style.Tiny, style.MutedBrush, tx, barTop + barHeight + ScaleLayout.TickLabelTop, format);
        }

        for (var i = 0; i < chart.Markers.Count; i++)
        {
            var marker = chart.Markers[i];
            var mx = X(marker.MeanTotal);
            var laneY = LaneY(i);
            gfx.DrawLine(ReportStyle.MarkerGuidePen(ReportStyle.Hex(marker.Style.ColorHex)), mx, laneY, mx, barTop + barHeight);
            DrawMarker(marker.Style, mx, laneY, ScaleLayout.MarkerRadius);
        }

        // Labels last, each on a white backing, so another marker's guide line never runs through the text.
        const double padding = ScaleLayout.LabelBackingPadding;
        for (var i = 0; i < chart.Markers.Count; i++)
        {
            var marker = chart.Markers[i];
            var mx = X(marker.MeanTotal);
            var laneY = LaneY(i);
            var label = $"{marker.Label} {ChartFormat.Mean(marker.MeanTotal, culture)}";
            var size = gfx.MeasureString(label, style.SmallBold);
            var toTheLeft = mx + ScaleLayout.LabelGap + size.Width > x + width;
            var textX = toTheLeft ? mx - ScaleLayout.LabelGap : mx + ScaleLayout.LabelGap;
            gfx.DrawRectangle(
                style.LabelBackingBrush,
                toTheLeft ? textX - size.Width - padding : textX - padding,
                laneY - (size.Height / 2),
                size.Width + (2 * padding),
                size.Height);
            gfx.DrawString(
                label, style.SmallBold, style.InkBrush,
                textX, laneY,
                toTheLeft ? XStringFormats.CenterRight : XStringFormats.CenterLeft);
        }
    }

    public static double PerceptionGapHeight(PerceptionGapChart chart) =>
        GapLayout.RowsTop + (chart.Rows.Count * GapLayout.RowHeight) + GapLayout.HeightBelowRows;

    /// <summary>Dot plot: one row per statement, Sales and Marketing means on the 1-5 scale joined by a line.</summary>
    public void PerceptionGap(PerceptionGapChart chart, double x, double y, double width)
    {
        const double rowHeight = GapLayout.RowHeight;
        var labelWidth = width * GapLayout.LabelColumnFraction;
        var plotLeft = x + labelWidth + GapLayout.PlotGap;
        var plotRight = x + width - GapLayout.PlotRightPadding;
        var top = y + GapLayout.RowsTop;
        var bottom = top + (chart.Rows.Count * rowHeight);
        double X(decimal answer) => plotLeft + (ChartScale.OfAnswer(answer) * (plotRight - plotLeft));

        gfx.DrawString(
            TextLayout.Fit(gfx, chart.AxisLabel, style.Tiny, plotRight - plotLeft),
            style.Tiny, style.MutedBrush, (plotLeft + plotRight) / 2, y, XStringFormats.TopCenter);
        for (var value = AnswerScale.Minimum; value <= AnswerScale.Maximum; value++)
        {
            var gx = X(value);
            gfx.DrawString(value.ToString(culture), style.SmallBold, style.MutedBrush, gx, y + GapLayout.ScaleNumbersTop, XStringFormats.TopCenter);
            gfx.DrawLine(style.ChartGridPen, gx, top, gx, bottom);
        }

        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var rowTop = top + (i * rowHeight);
            var cy = rowTop + (rowHeight / 2);
            if (i % 2 == 0)
            {
                gfx.DrawRectangle(style.StripeBrush, x, rowTop, width, rowHeight);
                gfx.DrawLine(style.ChartGridPen, X(AnswerScale.Minimum), rowTop, X(AnswerScale.Minimum), rowTop + rowHeight);
            }

            var font = row.Divergent ? style.SmallBold : style.Small;
            gfx.DrawString(row.Number.ToString(culture), font, style.MutedBrush, x + GapLayout.NumberRight, cy, XStringFormats.CenterRight);
            if (row.Divergent)
            {
                gfx.DrawString("▲", style.Tiny, style.DivergentBrush, x + GapLayout.DivergentMarkLeft, cy, XStringFormats.CenterLeft);
            }

            // Smaller type before "…": the Russian and bold labels used to be cut off on A4.
            var labelFont = ReportStyle.ShrinkToFit(gfx, row.ShortLabel, font, labelWidth - GapLayout.LabelLeft);
            gfx.DrawString(
                TextLayout.Fit(gfx, row.ShortLabel, labelFont, labelWidth - GapLayout.LabelLeft),
                labelFont, style.InkBrush, x + GapLayout.LabelLeft, cy, XStringFormats.CenterLeft);

            if (row.SalesMean is { } s && row.MarketingMean is { } m)
            {
                gfx.DrawLine(row.Divergent ? style.DivergentGapConnectorPen : style.GapConnectorPen, X(s), cy, X(m), cy);
            }

            if (row.MarketingMean is { } marketing)
            {
                DrawMarker(chart.Marketing, X(marketing), cy, GapLayout.MarketingMarkerRadius);
            }

            if (row.SalesMean is { } sales)
            {
                DrawMarker(chart.Sales, X(sales), cy, GapLayout.SalesMarkerRadius);
            }
        }

        gfx.DrawLine(style.ChartAxisPen, x, bottom, x + width, bottom);

        // Legend: shapes as well as colours, so it reads in black-and-white print.
        var ly = bottom + GapLayout.LegendBelowRows;
        var lx = plotLeft;
        lx = LegendEntry(chart.Sales, chart.SalesLabel, lx, ly);
        lx = LegendEntry(chart.Marketing, chart.MarketingLabel, lx, ly);
        if (chart.Rows.Any(r => r.Divergent))
        {
            gfx.DrawString("▲", style.Tiny, style.DivergentBrush, lx, ly, XStringFormats.CenterLeft);
            gfx.DrawString(
                ReportTexts.Get("TableDivergent", culture), style.Small, style.InkBrush,
                lx + GapLayout.DivergentLegendTextOffset, ly, XStringFormats.CenterLeft);
        }
    }

    public static double DistributionHeight => DistributionLayout.Height;

    /// <summary>Grouped bars: for each level band, one bar per department with its count on top.</summary>
    public void Distribution(TotalsDistributionChart chart, double x, double y, double width)
    {
        var plotLeft = x + Chart.ValueAxisWidth;
        var plotTop = y + DistributionLayout.PlotTop;
        var plotWidth = width - Chart.ValueAxisWidth;
        var groupWidth = plotWidth / chart.Bands.Count;

        // Long band names (Russian) wrap in their group; the plot gives up the extra lines' height, the chart keeps its own.
        var bandNames = chart.Bands
            .Select(b => TextLayout.Wrap(gfx, b.Name, style.SmallBold, groupWidth - DistributionLayout.BandNamePadding))
            .ToArray();
        var nameExtra = (bandNames.Max(n => n.Count) - 1) * ReportStyle.LineHeight(style.SmallBold);
        var plotBottom = y + DistributionHeight - DistributionLayout.HeightBelowPlot - nameExtra;
        var max = chart.MaximumCount;
        var step = NiceStep(max);
        var top = Math.Ceiling(max / (double)step) * step;
        double Y(int count) => plotBottom - ((plotBottom - plotTop) * count / top);

        for (var tick = 0; tick <= top; tick += step)
        {
            var ty = Y(tick);
            gfx.DrawLine(tick == 0 ? style.ChartAxisPen : style.ChartGridPen, plotLeft, ty, x + width, ty);
            gfx.DrawString(tick.ToString(culture), style.Tiny, style.MutedBrush, plotLeft - Chart.AxisLabelGap, ty, XStringFormats.CenterRight);
        }

        var seriesCount = Math.Max(1, chart.Series.Count);
        var barWidth = Math.Min(DistributionLayout.MaximumBarWidth, (groupWidth * DistributionLayout.BarsFractionOfGroup) / seriesCount);
        for (var b = 0; b < chart.Bands.Count; b++)
        {
            var band = chart.Bands[b];
            var groupLeft = plotLeft + (b * groupWidth);
            var barsLeft = groupLeft + ((groupWidth - (barWidth * seriesCount)) / 2);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                var count = series.Count(band.Level);
                var bx = barsLeft + (s * barWidth);
                var by = Y(count);
                if (count > 0)
                {
                    gfx.DrawRectangle(
                        ReportStyle.BarOutlinePen(ReportStyle.Hex(series.Style.ColorHex)),
                        ReportStyle.BarFill(series.Style),
                        bx + DistributionLayout.BarInset,
                        by,
                        barWidth - (2 * DistributionLayout.BarInset),
                        plotBottom - by);
                }

                gfx.DrawString(
                    count.ToString(culture), style.Tiny, style.InkBrush,
                    bx + (barWidth / 2), by - DistributionLayout.CountAboveBar, XStringFormats.BottomCenter);
            }

            var names = bandNames[b];
            for (var l = 0; l < names.Count; l++)
            {
                gfx.DrawString(
                    names[l], style.SmallBold, style.InkBrush,
                    groupLeft + (groupWidth / 2), plotBottom + DistributionLayout.BandNameTop + (l * ReportStyle.LineHeight(style.SmallBold)), XStringFormats.TopCenter);
            }

            gfx.DrawString(
                $"{band.From.ToString(culture)}–{band.To.ToString(culture)}",
                style.Tiny, style.MutedBrush, groupLeft + (groupWidth / 2), plotBottom + DistributionLayout.BandRangeTop + nameExtra, XStringFormats.TopCenter);
        }

        var ly = plotBottom + DistributionLayout.LegendBelowPlot + nameExtra;
        var lx = plotLeft;
        foreach (var series in chart.Series)
        {
            gfx.DrawRectangle(
                ReportStyle.BarOutlinePen(ReportStyle.Hex(series.Style.ColorHex)),
                ReportStyle.BarFill(series.Style),
                lx,
                ly - (DistributionLayout.SwatchHeight / 2),
                DistributionLayout.SwatchWidth,
                DistributionLayout.SwatchHeight);
            gfx.DrawString(series.Label, style.Small, style.InkBrush, lx + DistributionLayout.SwatchTextOffset, ly, XStringFormats.CenterLeft);
            lx += DistributionLayout.SwatchTextOffset + gfx.MeasureString(series.Label, style.Small).Width + Chart.LegendEntryGap;
        }
    }

    public static double TrendHeight => TrendLayout.Height;

    /// <summary>Mean totals per round on the 20-100 scale over the level bands; Sales solid, Marketing dashed.</summary>
    public void Trend(TrendChart chart, double x, double y, double width)
    {
        var plotLeft = x + Chart.ValueAxisWidth;
        var plotRight = x + width - TrendLayout.BandNamesWidth;
        var plotTop = y + TrendLayout.PlotTop;
        var plotBottom = y + TrendHeight - TrendLayout.HeightBelowPlot;
        double Y(decimal total) => plotBottom - (ChartScale.OfTotal(total) * (plotBottom - plotTop));

        foreach (var band in chart.Bands)
        {
            var bandTop = band.To == ScoringKey.MaximumTotal ? Y(ScoringKey.MaximumTotal) : Y(band.To + 1);
            var bandBottom = Y(band.From);
            gfx.DrawRectangle(new XSolidBrush(ReportStyle.Hex(band.ColorHex)), plotLeft, bandTop, plotRight - plotLeft, bandBottom - bandTop);
            // A name wider than the room right of the plot (Russian) wraps, centred on its band.
            var lines = TextLayout.Wrap(gfx, band.Name, style.Tiny, TrendLayout.BandNamesWidth - TrendLayout.BandNameGap);
            var lineHeight = ReportStyle.LineHeight(style.Tiny);
            var firstY = ((bandTop + bandBottom) / 2) - ((lines.Count - 1) * lineHeight / 2);
            for (var l = 0; l < lines.Count; l++)
            {
                gfx.DrawString(
                    lines[l], style.Tiny, style.MutedBrush,
                    plotRight + TrendLayout.BandNameGap, firstY + (l * lineHeight), XStringFormats.CenterLeft);
            }
        }

        foreach (var tick in Chart.TotalTicks)
        {
            gfx.DrawString(tick.ToString(culture), style.Tiny, style.MutedBrush, plotLeft - Chart.AxisLabelGap, Y(tick), XStringFormats.CenterRight);
        }

        var n = chart.Rounds.Count;
        const double inset = TrendLayout.RoundInset;
        double X(int i) => n == 1 ? (plotLeft + plotRight) / 2 : plotLeft + inset + (i * (plotRight - plotLeft - (2 * inset)) / (n - 1));
        for (var i = 0; i < n; i++)
        {
            gfx.DrawString(
                TextLayout.Fit(gfx, chart.Rounds[i].Label, style.Tiny, TrendLayout.RoundLabelMaximumWidth),
                style.Tiny, style.InkBrush, X(i), plotBottom + TrendLayout.RoundLabelTop, XStringFormats.TopCenter);
        }

        Series(chart.Sales, r => r.SalesMean, dashed: false);
        Series(chart.Marketing, r => r.MarketingMean, dashed: true);

        var ly = plotBottom + TrendLayout.LegendBelowPlot;
        var lx = LegendEntry(chart.Sales, chart.SalesLabel, plotLeft, ly);
        LegendEntry(chart.Marketing, chart.MarketingLabel, lx, ly);

        void Series(SeriesStyle seriesStyle, Func<TrendPoint, decimal?> mean, bool dashed)
        {
            var pen = ReportStyle.TrendLinePen(ReportStyle.Hex(seriesStyle.ColorHex), dashed);
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
                    DrawMarker(seriesStyle, X(i), Y(value), TrendLayout.MarkerRadius);
                }
            }
        }
    }

    private void DrawCentredLines(IReadOnlyList<string> lines, XFont font, XBrush brush, double centreX, double centreY)
    {
        var lineHeight = ReportStyle.LineHeight(font);
        var firstY = centreY - ((lines.Count - 1) * lineHeight / 2);
        for (var l = 0; l < lines.Count; l++)
        {
            gfx.DrawString(lines[l], font, brush, centreX, firstY + (l * lineHeight), XStringFormats.Center);
        }
    }

    private double LegendEntry(SeriesStyle seriesStyle, string label, double x, double y)
    {
        DrawMarker(seriesStyle, x + Chart.LegendMarkerCentre, y, Chart.LegendMarkerRadius);
        gfx.DrawString(label, style.Small, style.InkBrush, x + Chart.LegendTextOffset, y, XStringFormats.CenterLeft);
        return x + Chart.LegendTextOffset + gfx.MeasureString(label, style.Small).Width + Chart.LegendEntryGap;
    }

    private void DrawMarker(SeriesStyle seriesStyle, double cx, double cy, double radius)
    {
        var colour = ReportStyle.Hex(seriesStyle.ColorHex);
        switch (seriesStyle.Marker)
        {
            case SeriesMarker.FilledCircle:
                gfx.DrawEllipse(style.MarkerRimPen, new XSolidBrush(colour), cx - radius, cy - radius, radius * 2, radius * 2);
                break;
            case SeriesMarker.HollowDiamond:
                var r = radius * Chart.DiamondScale;
                gfx.DrawPolygon(
                    ReportStyle.HollowMarkerPen(colour),
                    style.HollowMarkerBrush,
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
}
