using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>
/// The report's typography, colours and pens in one place: one family, few sizes, one accent colour. The measures of
/// each section's layout and of each chart are in <c>ReportStyle.Layout.cs</c>.
/// </summary>
internal sealed partial class ReportStyle
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Body { get; } = Font(9.5);
    public XFont BodyBold { get; } = Font(9.5, XFontStyleEx.Bold);
    public XFont BodyItalic { get; } = Font(9.5, XFontStyleEx.Italic);
    public XFont Small { get; } = Font(8);
    public XFont SmallBold { get; } = Font(8, XFontStyleEx.Bold);
    public XFont Tiny { get; } = Font(7);
    public XFont TableBody { get; } = Font(8.5);
    public XFont TableBodyBold { get; } = Font(8.5, XFontStyleEx.Bold);
    public XFont TableHeader { get; } = Font(7.5, XFontStyleEx.Bold);
    public XFont Heading1 { get; } = Font(17, XFontStyleEx.Bold);
    public XFont Heading2 { get; } = Font(11.5, XFontStyleEx.Bold);
    public XFont Kicker { get; } = Font(8.5, XFontStyleEx.Bold);
    public XFont CoverTitle { get; } = Font(26, XFontStyleEx.Bold);
    public XFont CoverSubtitle { get; } = Font(14);
    public XFont CardLevel { get; } = Font(15, XFontStyleEx.Bold);

    /// <summary>For a card whose level name has a word wider than the card (Russian "взаимодействие").</summary>
    public XFont CardLevelNarrow { get; } = Font(12, XFontStyleEx.Bold);

    public static XColor Ink { get; } = Hex("#1F2933");
    public static XColor Muted { get; } = Hex("#52606D");
    public static XColor Faint { get; } = Hex("#9AA5B1");
    public static XColor Rule { get; } = Hex("#CBD2D9");
    public static XColor Accent { get; } = Hex("#123B5C");
    public static XColor Stripe { get; } = Hex("#F5F7FA");
    public static XColor Highlight { get; } = Hex("#E8EEF5");

    public XBrush InkBrush { get; } = new XSolidBrush(Ink);
    public XBrush MutedBrush { get; } = new XSolidBrush(Muted);
    public XBrush AccentBrush { get; } = new XSolidBrush(Accent);
    public XBrush StripeBrush { get; } = new XSolidBrush(Stripe);
    public XBrush HighlightBrush { get; } = new XSolidBrush(Highlight);
    public XBrush RuleBrush { get; } = new XSolidBrush(Rule);
    public XBrush TableHeaderTextBrush { get; } = XBrushes.White;

    /// <summary>Marks divergent statements in the table, in the charts' colour for them.</summary>
    public XBrush DivergentBrush { get; } = new XSolidBrush(Hex(ChartPalette.Divergent));

    public XPen RulePen { get; } = new(Rule, 0.6);
    public XPen AccentPen { get; } = new(Accent, 1.4);
    public XPen TickBoxPen { get; } = new(Muted, 0.8);
    public XPen TickPen { get; } = new(Accent, 1.4);

    // The charts' pens and brushes (ChartDrawer); those in a series' or band's own colour are made per series.
    public XPen ChartGridPen { get; } = new(Hex(ChartPalette.Grid), 0.6);
    public XPen ChartAxisPen { get; } = new(Hex(ChartPalette.Axis), 0.7);

    /// <summary>Joins a statement's Sales and Marketing means in the perception gap.</summary>
    public XPen GapConnectorPen { get; } = new(Hex(ChartPalette.Axis), 0.9);

    public XPen DivergentGapConnectorPen { get; } = new(Hex(ChartPalette.Divergent), 1.6);

    /// <summary>A white rim around a filled marker keeps it apart from the line or marker beneath it.</summary>
    public XPen MarkerRimPen { get; } = new(XColors.White, 0.6);

    public XBrush HollowMarkerBrush { get; } = XBrushes.White;

    /// <summary>Behind a chart label, so that no guide line runs through the text.</summary>
    public XBrush LabelBackingBrush { get; } = XBrushes.White;

    /// <summary>The dotted line from a marker down to the level scale.</summary>
    public static XPen MarkerGuidePen(XColor colour) => new(colour, 0.8) { DashStyle = XDashStyle.Dot };

    /// <summary>One series of the trend: Sales solid, Marketing dashed.</summary>
    public static XPen TrendLinePen(XColor colour, bool dashed) =>
        new(colour, 1.6) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid };

    public static XPen HollowMarkerPen(XColor colour) => new(colour, 1.5);

    public static XPen BarOutlinePen(XColor colour) => new(colour, 1);

    /// <summary>A bar or legend swatch: solid for the filled-circle series, a light tint of the colour for the hollow one.</summary>
    public static XBrush BarFill(SeriesStyle series)
    {
        var colour = Hex(series.ColorHex);
        return series.Marker == SeriesMarker.FilledCircle
            ? new XSolidBrush(colour)
            : new XSolidBrush(XColor.FromArgb(255, Lighten(colour.R), Lighten(colour.G), Lighten(colour.B)));
    }

    public static double LineHeight(XFont font) => font.Size * 1.38;

    public static XColor Hex(string hex)
    {
        var value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return XColor.FromArgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    /// <summary>The hollow series' bars are their colour moved this fraction of the way to white.</summary>
    private const double BarTint = 0.55;

    private static byte Lighten(byte channel) => (byte)(channel + ((255 - channel) * BarTint));

    /// <summary>
    /// The largest of <paramref name="font"/> and a few smaller sizes (down to 6.5 pt) at which <paramref name="text"/>
    /// fits <paramref name="width"/>: a long label gets slightly smaller type instead of being cut off with "…".
    /// </summary>
    public static XFont ShrinkToFit(XGraphics gfx, string text, XFont font, double width)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        ArgumentNullException.ThrowIfNull(font);
        const double Smallest = 6.5;
        for (var size = font.Size; size >= Smallest; size -= 0.5)
        {
            var candidate = size == font.Size ? font : Font(size, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            if (gfx.MeasureString(text, candidate).Width <= width)
            {
                return candidate;
            }
        }

        return Font(Smallest, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) =>
        new(EmbeddedFontResolver.FamilyName, size, style, Unicode);
}
