using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Charts;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.RecommendationsLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>What every section draws with: the document's page flow, its style and the report's culture.</summary>
internal abstract class ReportSection(PageFlow flow, CultureInfo culture)
{
    protected PageFlow Flow { get; } = flow;

    protected ReportStyle Style => Flow.Style;

    protected CultureInfo Culture { get; } = culture;

    protected XGraphics Gfx => Flow.Gfx;

    protected string Text(string key) => ReportTexts.Get(key, Culture);

    protected string Format(string key, params object?[] args) => ReportTexts.Format(key, Culture, args);

    protected string Date(DateOnly date) => ChartFormat.Date(date, Culture);

    protected ChartDrawer Charts() => new(Gfx, Style, Culture);

    /// <summary>A subheading and a bulleted list; nothing at all when the list is empty.</summary>
    protected void Bullets(string title, IReadOnlyList<string> items, bool muted = false)
    {
        if (items.Count == 0)
        {
            return;
        }

        Flow.Subheading(title);
        foreach (var item in items)
        {
            Flow.EnsureSpace(ReportStyle.LineHeight(Style.Body));
            Gfx.DrawString("•", Style.Body, Style.AccentBrush, Flow.Left + Layout.BulletOffset, Flow.Y, XStringFormats.TopLeft);
            Flow.Paragraph(item, Style.Body, muted ? Style.MutedBrush : Style.InkBrush, indent: Layout.BulletIndent, spaceAfter: Layout.SpaceAfterBullet);
        }
    }
}
