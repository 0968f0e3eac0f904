using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Web.Charts;

/// <summary>
/// Inline SVG of a <see cref="TrendChart"/>: the four level bands, one line per department with its own colour and
/// marker (Okabe–Ito; circle vs diamond so the lines differ in print too), a gap in the line where a round is
/// withheld. role="img" with title and desc; the numbers themselves go in a table beside it (the page's job).
/// </summary>
public static class TrendChartSvg
{
    private const double Width = 640;
    private const double Height = 320;
    private const double Left = 56;
    private const double Right = 96;
    private const double Top = 16;
    private const double Bottom = 64;

    /// <param name="idPrefix">Makes the title/desc ids unique when a page holds several charts.</param>
    public static string Render(TrendChart chart, string idPrefix = "trend")
    {
        ArgumentNullException.ThrowIfNull(chart);
        var html = HtmlEncoder.Default;
        var svg = new StringBuilder(4096);
        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\" class=\"chart trend-chart\">");
        Append(svg, $"<title id=\"{titleId}\">{html.Encode(chart.Title)}</title>");
        Append(svg, $"<desc id=\"{descId}\">{html.Encode(chart.Description)}</desc>");

        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(decimal total) => Top + plotHeight * (1 - ChartScale.OfTotal(total));
        var count = chart.Rounds.Count;
        double X(int index) => count == 1 ? Left + plotWidth / 2 : Left + plotWidth * index / (count - 1);

        foreach (var band in chart.Bands)
        {
            var yTop = Y(band.To == ScoringKey.MaximumTotal ? band.To : band.To + 1);
            var yBottom = Y(band.From);
            Append(svg, $"<rect x=\"{Left}\" y=\"{yTop:0.#}\" width=\"{plotWidth}\" height=\"{yBottom - yTop:0.#}\" fill=\"{band.ColorHex}\"/>");
            Append(svg, $"<text x=\"{Left + plotWidth + 6}\" y=\"{(yTop + yBottom) / 2 + 4:0.#}\" font-size=\"11\" fill=\"{ChartPalette.MutedText}\">{html.Encode(band.Name)}</text>");
        }

        for (var total = ScoringKey.MinimumTotal; total <= ScoringKey.MaximumTotal; total += 20)
        {
            var y = Y(total);
            Append(svg, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"{ChartPalette.Grid}\"/>");
            Append(svg, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"{ChartPalette.Text}\">{total}</text>");
        }

        for (var i = 0; i < count; i++)
        {
            var label = chart.Rounds[i].Label;
            var shown = label.Length > 18 ? label[..17] + "…" : label;
            Append(svg, $"<text x=\"{X(i):0.#}\" y=\"{Height - Bottom + 18}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{ChartPalette.Text}\">{html.Encode(shown)}</text>");
        }

        Series(svg, chart.Rounds.Select(r => r.SalesMean).ToArray(), chart.Sales, X, Y, "sales");
        Series(svg, chart.Rounds.Select(r => r.MarketingMean).ToArray(), chart.Marketing, X, Y, "marketing");

        // Legend below the plot: marker, colour and name together.
        var legendY = Height - 16;
        Marker(svg, chart.Sales, Left + 6, legendY - 4);
        Append(svg, $"<text x=\"{Left + 16}\" y=\"{legendY}\" font-size=\"12\" fill=\"{ChartPalette.Text}\">{html.Encode(chart.SalesLabel)}</text>");
        Marker(svg, chart.Marketing, Left + 126, legendY - 4);
        Append(svg, $"<text x=\"{Left + 136}\" y=\"{legendY}\" font-size=\"12\" fill=\"{ChartPalette.Text}\">{html.Encode(chart.MarketingLabel)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Series(StringBuilder svg, decimal?[] means, SeriesStyle style, Func<int, double> x, Func<decimal, double> y, string name)
    {
        // A withheld round breaks the line rather than joining its neighbours as if it had a value.
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < means.Length; i++)
        {
            if (means[i] is { } mean)
            {
                path.Append(CultureInfo.InvariantCulture, $"{(pen ? "L" : "M")}{x(i):0.#} {y(mean):0.#} ");
                pen = true;
            }
            else
            {
                pen = false;
            }
        }

        if (path.Length > 0)
        {
            Append(svg, $"<path d=\"{path.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{style.ColorHex}\" stroke-width=\"2.5\" class=\"series-{name}\"/>");
        }

        for (var i = 0; i < means.Length; i++)
        {
            if (means[i] is { } mean)
            {
                Marker(svg, style, x(i), y(mean));
            }
        }
    }

    private static void Marker(StringBuilder svg, SeriesStyle style, double cx, double cy)
    {
        switch (style.Marker)
        {
            case SeriesMarker.FilledCircle:
                Append(svg, $"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"5\" fill=\"{style.ColorHex}\" class=\"marker\"/>");
                break;
            case SeriesMarker.HollowDiamond:
                Append(svg, $"<path d=\"M{cx:0.#} {cy - 6:0.#}L{cx + 6:0.#} {cy:0.#}L{cx:0.#} {cy + 6:0.#}L{cx - 6:0.#} {cy:0.#}Z\" fill=\"#FFFFFF\" stroke=\"{style.ColorHex}\" stroke-width=\"2\" class=\"marker\"/>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style.Marker, null);
        }
    }

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(text.ToString(CultureInfo.InvariantCulture));
}
