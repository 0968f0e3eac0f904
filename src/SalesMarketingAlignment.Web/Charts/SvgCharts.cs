using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Web.Charts;

/// <summary>
/// Draws the Reports chart models (the ones the PDF draws) as inline SVG: server-rendered, readable without script,
/// with the model's title and description as the accessible name. Series differ in shape as well as colour.
/// </summary>
public static class SvgCharts
{
    private const int Width = 860;

    /// <summary>The 20-100 scale with the four level bands and one lane per marker above it.</summary>
    public static IHtmlContent LevelScale(LevelScaleChart chart, string id, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(chart);
        const int left = 20, right = Width - 20, lane = 30, barHeight = 40;
        var barTop = 10 + (chart.Markers.Count * lane);
        var height = barTop + barHeight + 30;
        double X(decimal total) => left + (ChartScale.OfTotal(total) * (right - left));

        var svg = Open(id, chart.Title, chart.Description, height, "chart-level-scale");
        foreach (var band in chart.Bands)
        {
            var x0 = X(band.From);
            var x1 = band.To == ScoringKey.MaximumTotal ? X(band.To) : X(band.To + 1);
            svg.Append(Inv($"<rect x=\"{x0:0.#}\" y=\"{barTop}\" width=\"{x1 - x0:0.#}\" height=\"{barHeight}\" fill=\"{band.ColorHex}\"/>"));
            var name = BandNameLines(band.Name, x1 - x0, 15);
            var nameY = barTop + (barHeight / 2) + 5 - ((name.Length - 1) * 8);
            svg.Append(Inv($"<text x=\"{(x0 + x1) / 2:0.#}\" y=\"{nameY}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"600\" fill=\"{ChartPalette.MutedText}\">{Lines(name, (x0 + x1) / 2, 16)}</text>"));
        }

        foreach (var tick in new[] { 20, 40, 60, 80, 100 })
        {
            var tx = X(tick);
            svg.Append(Inv($"<line x1=\"{tx:0.#}\" y1=\"{barTop + barHeight}\" x2=\"{tx:0.#}\" y2=\"{barTop + barHeight + 5}\" stroke=\"{ChartPalette.Axis}\"/>"));
            svg.Append(Inv($"<text x=\"{tx:0.#}\" y=\"{barTop + barHeight + 21}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{ChartPalette.MutedText}\">{tick.ToString(culture)}</text>"));
        }

        for (var i = 0; i < chart.Markers.Count; i++)
        {
            var marker = chart.Markers[i];
            var mx = X(marker.MeanTotal);
            var my = 10 + (i * lane) + (lane / 2.0);
            svg.Append(Inv($"<line x1=\"{mx:0.#}\" y1=\"{my:0.#}\" x2=\"{mx:0.#}\" y2=\"{barTop + barHeight}\" stroke=\"{marker.Style.ColorHex}\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>"));
            svg.Append(Marker(marker.Style, mx, my, 7));
            var label = E($"{marker.Label} {ChartFormat.Mean(marker.MeanTotal, culture)}");
            // Label on the side away from the other markers, so it never crosses their lines.
            var othersToTheRight = chart.Markers.Any(o => o != marker && o.MeanTotal > marker.MeanTotal);
            var toTheLeft = mx > Width * 0.7 || (othersToTheRight && mx > Width * 0.25);
            svg.Append(Inv($"<text x=\"{(toTheLeft ? mx - 12 : mx + 12):0.#}\" y=\"{my + 5:0.#}\" text-anchor=\"{(toTheLeft ? "end" : "start")}\" font-size=\"15\" font-weight=\"700\" fill=\"{ChartPalette.Text}\">{label}</text>"));
        }

        return Close(svg);
    }

    /// <summary>Dot plot: one row per statement, both means on the 1-5 scale joined by a line; divergent rows marked ▲ and bold.</summary>
    public static IHtmlContent PerceptionGap(PerceptionGapChart chart, string id, CultureInfo culture, string divergentLabel)
    {
        ArgumentNullException.ThrowIfNull(chart);
        const int labelWidth = 360, rowHeight = 24, top = 46;
        const double plotLeft = labelWidth + 20, plotRight = Width - 20;
        var bottom = top + (chart.Rows.Count * rowHeight);
        var height = bottom + 44;
        double X(decimal answer) => plotLeft + (ChartScale.OfAnswer(answer) * (plotRight - plotLeft));

        var svg = Open(id, chart.Title, chart.Description, height, "chart-perception-gap");
        svg.Append(Inv($"<text x=\"{(plotLeft + plotRight) / 2:0.#}\" y=\"16\" text-anchor=\"middle\" font-size=\"13\" fill=\"{ChartPalette.MutedText}\">{E(chart.AxisLabel)}</text>"));
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            if (i % 2 == 0)
            {
                svg.Append(Inv($"<rect x=\"0\" y=\"{top + (i * rowHeight)}\" width=\"{Width}\" height=\"{rowHeight}\" fill=\"#F5F7FA\"/>"));
            }
        }

        for (var value = AnswerScale.Minimum; value <= AnswerScale.Maximum; value++)
        {
            var gx = X(value);
            svg.Append(Inv($"<text x=\"{gx:0.#}\" y=\"38\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"{ChartPalette.MutedText}\">{value.ToString(culture)}</text>"));
            svg.Append(Inv($"<line x1=\"{gx:0.#}\" y1=\"{top}\" x2=\"{gx:0.#}\" y2=\"{bottom}\" stroke=\"{ChartPalette.Grid}\"/>"));
        }

        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var cy = top + (i * rowHeight) + (rowHeight / 2.0);
            var weight = row.Divergent ? "700" : "400";
            svg.Append(Inv($"<text x=\"28\" y=\"{cy + 5:0.#}\" text-anchor=\"end\" font-size=\"14\" font-weight=\"{weight}\" fill=\"{ChartPalette.MutedText}\">{row.Number.ToString(culture)}</text>"));
            if (row.Divergent)
            {
                svg.Append(Inv($"<text x=\"34\" y=\"{cy + 5:0.#}\" font-size=\"12\" fill=\"{ChartPalette.Divergent}\">▲</text>"));
            }

            svg.Append(Inv($"<text x=\"52\" y=\"{cy + 5:0.#}\" font-size=\"14\" font-weight=\"{weight}\" fill=\"{ChartPalette.Text}\">{E(Fit(row.ShortLabel, 40))}</text>"));
            if (row.SalesMean is { } s && row.MarketingMean is { } m)
            {
                var (stroke, widthPx) = row.Divergent ? (ChartPalette.Divergent, 3) : (ChartPalette.Axis, 1.5);
                svg.Append(Inv($"<line x1=\"{X(s):0.#}\" y1=\"{cy:0.#}\" x2=\"{X(m):0.#}\" y2=\"{cy:0.#}\" stroke=\"{stroke}\" stroke-width=\"{widthPx}\"/>"));
            }

            if (row.MarketingMean is { } marketing)
            {
                svg.Append(Marker(chart.Marketing, X(marketing), cy, 7));
            }

            if (row.SalesMean is { } sales)
            {
                svg.Append(Marker(chart.Sales, X(sales), cy, 6));
            }
        }

        svg.Append(Inv($"<line x1=\"0\" y1=\"{bottom}\" x2=\"{Width}\" y2=\"{bottom}\" stroke=\"{ChartPalette.Axis}\"/>"));
        var ly = bottom + 26;
        var lx = plotLeft;
        lx = Legend(svg, chart.Sales, chart.SalesLabel, lx, ly);
        lx = Legend(svg, chart.Marketing, chart.MarketingLabel, lx, ly);
        if (chart.Rows.Any(r => r.Divergent))
        {
            svg.Append(Inv($"<text x=\"{lx:0.#}\" y=\"{ly + 5}\" font-size=\"12\" fill=\"{ChartPalette.Divergent}\">▲</text>"));
            svg.Append(Inv($"<text x=\"{lx + 16:0.#}\" y=\"{ly + 5}\" font-size=\"14\" font-weight=\"700\" fill=\"{ChartPalette.Text}\">{E(divergentLabel)}</text>"));
        }

        return Close(svg);
    }

    /// <summary>Grouped bars per level band, one bar per department (Marketing hatched), the count on top of each.</summary>
    public static IHtmlContent Distribution(TotalsDistributionChart chart, string id, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(chart);
        const int axisWidth = 50, plotTop = 20, plotBottom = 230;
        const double plotRight = Width - 10;
        var max = chart.MaximumCount;
        var step = NiceStep(max);
        var axisTop = (int)Math.Ceiling(max / (double)step) * step;
        double Y(int count) => plotBottom - (count / (double)axisTop * (plotBottom - plotTop));

        var groupSpace = (Width - 10 - axisWidth) / (double)chart.Bands.Count;
        var wrapped = chart.Bands.Any(b => BandNameLines(b.Name, groupSpace, 14).Length > 1);
        var extra = wrapped ? 16 : 0;
        var height = 300 + extra;

        var svg = Open(id, chart.Title, chart.Description, height, "chart-distribution");
        var hatch = id + "-hatch";
        svg.Append(Inv($"<defs><pattern id=\"{hatch}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fff\"/><rect width=\"4\" height=\"8\" fill=\"{ChartPalette.Marketing.ColorHex}\"/></pattern></defs>"));
        for (var value = 0; value <= axisTop; value += step)
        {
            var gy = Y(value);
            svg.Append(Inv($"<line x1=\"{axisWidth}\" y1=\"{gy:0.#}\" x2=\"{plotRight:0.#}\" y2=\"{gy:0.#}\" stroke=\"{ChartPalette.Grid}\"/>"));
            svg.Append(Inv($"<text x=\"{axisWidth - 8}\" y=\"{gy + 5:0.#}\" text-anchor=\"end\" font-size=\"13\" fill=\"{ChartPalette.MutedText}\">{value.ToString(culture)}</text>"));
        }

        svg.Append(Inv($"<text x=\"14\" y=\"{(plotTop + plotBottom) / 2}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{ChartPalette.MutedText}\" transform=\"rotate(-90 14 {(plotTop + plotBottom) / 2})\">{E(chart.AxisLabel)}</text>"));
        var groupWidth = (plotRight - axisWidth) / chart.Bands.Count;
        var barWidth = Math.Min(70, (groupWidth - 40) / Math.Max(1, chart.Series.Count));
        for (var b = 0; b < chart.Bands.Count; b++)
        {
            var band = chart.Bands[b];
            var groupLeft = axisWidth + (b * groupWidth);
            var barsLeft = groupLeft + ((groupWidth - (barWidth * chart.Series.Count)) / 2);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                var count = series.Count(band.Level);
                var bx = barsLeft + (s * barWidth) + 2;
                var by = Y(count);
                var fill = series.Style.Marker == SeriesMarker.HollowDiamond ? $"url(#{hatch})" : series.Style.ColorHex;
                svg.Append(Inv($"<rect x=\"{bx:0.#}\" y=\"{by:0.#}\" width=\"{barWidth - 4:0.#}\" height=\"{plotBottom - by:0.#}\" fill=\"{fill}\" stroke=\"{series.Style.ColorHex}\" stroke-width=\"2\"/>"));
                svg.Append(Inv($"<text x=\"{bx + ((barWidth - 4) / 2):0.#}\" y=\"{by - 6:0.#}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"700\" fill=\"{ChartPalette.Text}\">{count.ToString(culture)}</text>"));
            }

            var name = BandNameLines(band.Name, groupSpace, 14);
            svg.Append(Inv($"<text x=\"{groupLeft + (groupWidth / 2):0.#}\" y=\"{plotBottom + 22}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"{ChartPalette.Text}\">{Lines(name, groupLeft + (groupWidth / 2), 16)}</text>"));
            svg.Append(Inv($"<text x=\"{groupLeft + (groupWidth / 2):0.#}\" y=\"{plotBottom + 40 + extra}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{ChartPalette.MutedText}\">{band.From.ToString(culture)}–{band.To.ToString(culture)}</text>"));
        }

        svg.Append(Inv($"<line x1=\"{axisWidth}\" y1=\"{plotBottom}\" x2=\"{plotRight:0.#}\" y2=\"{plotBottom}\" stroke=\"{ChartPalette.Axis}\"/>"));
        var lx = (double)axisWidth;
        foreach (var series in chart.Series)
        {
            var fill = series.Style.Marker == SeriesMarker.HollowDiamond ? $"url(#{hatch})" : series.Style.ColorHex;
            svg.Append(Inv($"<rect x=\"{lx:0.#}\" y=\"{height - 22}\" width=\"16\" height=\"14\" fill=\"{fill}\" stroke=\"{series.Style.ColorHex}\" stroke-width=\"2\"/>"));
            svg.Append(Inv($"<text x=\"{lx + 22:0.#}\" y=\"{height - 10}\" font-size=\"14\" fill=\"{ChartPalette.Text}\">{E(series.Label)}</text>"));
            lx += 40 + (series.Label.Length * 9);
        }

        return Close(svg);
    }

    private static int NiceStep(int max)
    {
        // About five grid lines at 1, 2 or 5 times a power of ten.
        var raw = Math.Max(1, max / 5.0);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var nice = (raw / magnitude) switch { <= 1 => 1, <= 2 => 2, <= 5 => 5, _ => 10 };
        return Math.Max(1, (int)(nice * magnitude));
    }

    private static double Legend(StringBuilder svg, SeriesStyle style, string label, double x, double y)
    {
        svg.Append(Marker(style, x + 7, y, 7));
        svg.Append(Inv($"<text x=\"{x + 20:0.#}\" y=\"{y + 5:0.#}\" font-size=\"14\" fill=\"{ChartPalette.Text}\">{E(label)}</text>"));
        return x + 40 + (label.Length * 9);
    }

    private static string Marker(SeriesStyle style, double x, double y, double r) => style.Marker switch
    {
        SeriesMarker.FilledCircle => Inv($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"{style.ColorHex}\" stroke=\"#fff\" stroke-width=\"1\"/>"),
        SeriesMarker.HollowDiamond => Inv($"<polygon points=\"{x:0.#},{y - r:0.#} {x + r:0.#},{y:0.#} {x:0.#},{y + r:0.#} {x - r:0.#},{y:0.#}\" fill=\"#fff\" stroke=\"{style.ColorHex}\" stroke-width=\"2.5\"/>"),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style.Marker, null),
    };

    private static StringBuilder Open(string id, string title, string description, int height, string cssClass)
    {
        var svg = new StringBuilder(8192);
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {cssClass}\" id=\"{E(id)}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{E(id)}-title {E(id)}-desc\" font-family=\"system-ui, 'DejaVu Sans', sans-serif\">"));
        svg.Append(Inv($"<title id=\"{E(id)}-title\">{E(title)}</title><desc id=\"{E(id)}-desc\">{E(description)}</desc>"));
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Fit(string text, int maxChars) => text.Length <= maxChars ? text : text[..(maxChars - 1)] + "…";

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A band name on one line, or split at its first space into two when it would not fit <paramref name="width"/>
    /// (the long Russian level names; the English ones are single words). Width is estimated from the font size, generously for bold DejaVu.
    /// </summary>
    private static string[] BandNameLines(string name, double width, int fontSize)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return name.Length * fontSize * 0.68 > width && space > 0 ? [name[..space], name[(space + 1)..]] : [name];
    }

    /// <summary>The lines as the content of a &lt;text&gt;: plain for one line, one tspan per line otherwise.</summary>
    private static string Lines(string[] lines, double x, int lineHeight) => lines.Length == 1
        ? E(lines[0])
        : string.Concat(lines.Select((line, i) => Inv($"<tspan x=\"{x:0.#}\" dy=\"{(i == 0 ? 0 : lineHeight)}\">{E(line)}</tspan>")));
}
