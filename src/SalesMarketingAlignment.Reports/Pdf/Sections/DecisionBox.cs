using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.DecisionBoxLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The recommended decision in bold on a highlighted panel, in the summary and again in the recommendations.</summary>
internal static class DecisionBox
{
    public static void Draw(PageFlow flow, string text)
    {
        var style = flow.Style;
        var width = flow.ContentWidth - (2 * Layout.Padding) - Layout.TextOffset;
        var height = flow.ParagraphHeight(text, style.BodyBold, width) + (2 * Layout.Padding) - Layout.HeightTrim;

        // A decision longer than a page has no panel: its lines flow on like a paragraph.
        if (height < flow.Bottom - ReportStyle.PageLayout.MarginTop)
        {
            flow.EnsureSpace(height);
            flow.Gfx.DrawRectangle(style.HighlightBrush, flow.Left, flow.Y, flow.ContentWidth, height);
            flow.Gfx.DrawRectangle(style.AccentBrush, flow.Left, flow.Y, ReportStyle.AccentBarWidth, height);
        }

        flow.Y += Layout.Padding;
        flow.Paragraph(
            text, style.BodyBold, style.InkBrush,
            indent: Layout.Padding + Layout.TextOffset, spaceAfter: Layout.Padding + Layout.SpaceBelow, width: width);
    }
}
