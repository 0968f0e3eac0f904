using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>
/// The report's typography and colours in one place: one family, few sizes, one accent colour. The measures of each
/// section's layout are in <c>ReportStyle.Layout.cs</c>.
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

    public static double LineHeight(XFont font) => font.Size * 1.38;

    public static XColor Hex(string hex)
    {
        var value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return XColor.FromArgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) =>
        new(EmbeddedFontResolver.FamilyName, size, style, Unicode);
}
