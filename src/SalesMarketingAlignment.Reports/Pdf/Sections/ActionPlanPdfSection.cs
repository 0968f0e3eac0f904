using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Model;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.RecommendationsLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>
/// The action plan: each item with its kind, owner, due date and status, the word for overdue in front of overdue
/// items (print is often black and white), and the note. All wording comes with the model.
/// </summary>
internal sealed class ActionPlanPdfSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(ActionPlanReport plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Flow.Heading(plan.Heading);
        Flow.Paragraph(plan.Intro, Style.Body, Style.MutedBrush);
        if (plan.Rows.Count == 0)
        {
            Flow.Paragraph(plan.EmptyText, Style.Body, Style.InkBrush);
            return;
        }

        const double indent = Layout.ActionIndent;
        for (var i = 0; i < plan.Rows.Count; i++)
        {
            var row = plan.Rows[i];
            var width = Flow.ContentWidth - indent;
            // The title is kept with its details line.
            Flow.EnsureSpace(Flow.ParagraphHeight(row.Text, Style.BodyBold, width) + (ReportStyle.LineHeight(Style.Small) * 2));
            Gfx.DrawString((i + 1).ToString(Culture), Style.BodyBold, Style.AccentBrush, Flow.Left, Flow.Y, XStringFormats.TopLeft);
            Flow.Paragraph(row.Text, Style.BodyBold, Style.InkBrush, indent: indent, spaceAfter: Layout.SpaceInsideAction);
            var details = $"{row.Kind}  ·  {row.Details}";
            if (row.Overdue)
            {
                Flow.Paragraph($"{plan.OverdueMark}  ·  {details}", Style.SmallBold, Style.InkBrush, indent: indent, spaceAfter: Layout.SpaceInsideAction);
            }
            else
            {
                Flow.Paragraph(details, Style.Small, Style.MutedBrush, indent: indent, spaceAfter: Layout.SpaceInsideAction);
            }

            if (!string.IsNullOrWhiteSpace(row.Note))
            {
                Flow.Paragraph(row.Note, Style.Body, Style.InkBrush, indent: indent, spaceAfter: Layout.SpaceInsideAction);
            }

            Flow.Space(Layout.SpaceAfterAction);
        }
    }
}
