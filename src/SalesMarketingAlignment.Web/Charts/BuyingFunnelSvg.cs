using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Web.Charts;

/// <summary>
/// Draws the <see cref="BuyingFunnelChart"/> as inline SVG (as the PDF draws it): the eight stages as a funnel narrowing
/// downwards in the middle, Sales' bars on the left, Marketing's on the right, flagged stages in words and vermillion.
/// </summary>
public static class BuyingFunnelSvg
{
    private const int Width = 860;
    private const int Top = 44;
    private const int RowHeight = 54;
    private const int SideWidth = 260;
    private const int SalesLeft = 20;
    private const int MarketingLeft = Width - 20 - SideWidth;
    private const int CenterLeft = SalesLeft + SideWidth + 14;
    private const int CenterRight = MarketingLeft - 14;
    private const int BarHeight = 22;

    public static IHtmlContent Draw(BuyingFunnelChart chart, string id, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(culture);
        var bottom = Top + (chart.Rows.Count * RowHeight);
        var height = bottom + 44;
        const double center = (CenterLeft + CenterRight) / 2.0;
        const double widest = CenterRight - CenterLeft;
        const double narrowest = widest * 0.42;
        double WidthAt(int row) => widest - ((widest - narrowest) * row / chart.Rows.Count);

        var svg = new StringBuilder(8192);
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-buying-funnel\" id=\"{E(id)}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{E(id)}-title {E(id)}-desc\" font-family=\"system-ui, 'DejaVu Sans', sans-serif\">"));
        svg.Append(Inv($"<title id=\"{E(id)}-title\">{E(chart.Title)}</title><desc id=\"{E(id)}-desc\">{E(chart.Description)}</desc>"));
        svg.Append(Inv($"<text x=\"{SalesLeft}\" y=\"26\" font-size=\"15\" font-weight=\"700\" fill=\"{ChartPalette.Sales.ColorHex}\">{E(chart.SalesHeading)}</text>"));
        svg.Append(Inv($"<text x=\"{center:0.#}\" y=\"26\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"{ChartPalette.Text}\">{E(chart.StageHeading)}</text>"));
        svg.Append(Inv($"<text x=\"{MarketingLeft + SideWidth}\" y=\"26\" text-anchor=\"end\" font-size=\"15\" font-weight=\"700\" fill=\"#9A6700\">{E(chart.MarketingHeading)}</text>"));

        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var y = Top + (i * RowHeight);
            var w0 = WidthAt(i);
            var w1 = WidthAt(i + 1);
            var flagged = row.Flag is not null;
            svg.Append(Inv($"<polygon class=\"funnel-stage{(flagged ? " flagged" : "")}\" points=\"{center - (w0 / 2):0.#},{y + 1} {center + (w0 / 2):0.#},{y + 1} {center + (w1 / 2):0.#},{y + RowHeight - 1} {center - (w1 / 2):0.#},{y + RowHeight - 1}\" fill=\"{(flagged ? "#FBE3D6" : "#E4EAF1")}\"{(flagged ? Inv($" stroke=\"{ChartPalette.Divergent}\" stroke-width=\"1.5\"") : "")}/>"));
            svg.Append(Inv($"<text x=\"{center:0.#}\" y=\"{y + 23}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"{(flagged ? 700 : 600)}\" fill=\"{ChartPalette.Text}\">{E(row.StageName)}</text>"));
            if (row.Flag is { } flag)
            {
                svg.Append(Inv($"<text class=\"funnel-flag\" x=\"{center:0.#}\" y=\"{y + 42}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"{ChartPalette.Divergent}\">▲ {E(flag)}</text>"));
            }

            Bar(svg, row.Sales, SalesLeft, y, culture);
            Bar(svg, row.Marketing, MarketingLeft, y, culture);
        }

        double x = SalesLeft;
        foreach (var item in chart.Legend)
        {
            svg.Append(Inv($"<rect x=\"{x:0.#}\" y=\"{bottom + 18}\" width=\"14\" height=\"14\" fill=\"{item.ColorHex}\"/>"));
            svg.Append(Inv($"<text x=\"{x + 20:0.#}\" y=\"{bottom + 30}\" font-size=\"13\" fill=\"{ChartPalette.Text}\">{E(item.Label)}</text>"));
            x += 20 + (item.Label.Length * 8) + 24;
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static void Bar(StringBuilder svg, FunnelBar bar, int left, int y, CultureInfo culture)
    {
        var barTop = y + 6;
        if (bar.Note is { } note)
        {
            svg.Append(Inv($"<rect x=\"{left}\" y=\"{barTop}\" width=\"{SideWidth}\" height=\"{BarHeight}\" fill=\"#FFFFFF\" stroke=\"{ChartPalette.Axis}\" stroke-dasharray=\"4 3\"/>"));
            svg.Append(Inv($"<text x=\"{left + (SideWidth / 2)}\" y=\"{barTop + 16}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{ChartPalette.MutedText}\">{E(note)}</text>"));
            return;
        }

        double x = left;
        foreach (var segment in bar.Segments)
        {
            var w = SideWidth * (double)segment.Share;
            svg.Append(Inv($"<rect x=\"{x:0.##}\" y=\"{barTop}\" width=\"{w:0.##}\" height=\"{BarHeight}\" fill=\"{segment.ColorHex}\"><title>{E(segment.Label)} {E(BuyingFunnelChart.Percent(segment.Share, culture))}</title></rect>"));
            var label = BuyingFunnelChart.Percent(segment.Share, culture);
            if (w >= (label.Length * 8) + 6)
            {
                svg.Append(Inv($"<text x=\"{x + (w / 2):0.#}\" y=\"{barTop + 16}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"{(segment.DarkText ? ChartPalette.Text : "#FFFFFF")}\">{E(label)}</text>"));
            }

            x += w;
        }

        svg.Append(Inv($"<text x=\"{left}\" y=\"{barTop + BarHeight + 17}\" font-size=\"13\" fill=\"{ChartPalette.Text}\">{E(Fit(bar.Summary, 36))}</text>"));
    }

    private static string Fit(string text, int maxChars) => text.Length <= maxChars ? text : text[..(maxChars - 1)] + "…";

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
