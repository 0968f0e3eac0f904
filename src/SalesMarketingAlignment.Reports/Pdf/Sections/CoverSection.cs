using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Model;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.CoverLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The cover page: organization, assessment, period, responses, who prepared it and when.</summary>
internal sealed class CoverSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(ReportCover cover)
    {
        Flow.NewPage();
        var left = Flow.Left;
        var width = Flow.ContentWidth;
        Gfx.DrawRectangle(Style.AccentBrush, 0, 0, Flow.PageWidth, Layout.BandHeight);

        Flow.Y = Flow.PageHeight * Layout.TitleTopFraction;
        Flow.Paragraph(Text("ReportKicker").ToUpper(Culture), Style.Kicker, Style.MutedBrush, spaceAfter: Layout.SpaceAfterKicker);
        Flow.Paragraph(cover.Organization, Style.CoverTitle, Style.AccentBrush, spaceAfter: Layout.SpaceAfterTitle);
        Flow.Paragraph(cover.AssessmentTitle, Style.CoverSubtitle, Style.InkBrush, spaceAfter: Layout.SpaceAfterSubtitle);
        Gfx.DrawLine(Style.AccentPen, left, Flow.Y, left + Layout.RuleLength, Flow.Y);
        Flow.Y += Layout.SpaceAfterRule;

        var period = cover.ClosedOn is { } closed
            ? $"{Date(cover.OpenedOn)} – {Date(closed)}"
            : Format("CoverOpenUntilNow", Date(cover.OpenedOn));
        var responses = string.Join(
            "\n",
            cover.Responses.Select(r => Format("CoverResponsesLine", r.Department, r.Count.ToString(Culture))));
        Fact(Text("CoverAssessmentPeriod"), period);
        Fact(Text("CoverResponses"), responses);
        Fact(Text("CoverPreparedBy"), cover.PreparedBy);
        Fact(Text("CoverPreparedOn"), Date(cover.PreparedOn));
        if (cover.ClosedOn is null)
        {
            Flow.Space(Layout.SpaceAfterFact);
            Flow.Paragraph(Text("DraftMark").ToUpper(Culture), Style.Heading2, Style.DivergentBrush, spaceAfter: Layout.SpaceAfterFact);
            Flow.Paragraph(Text("CoverDraftNote"), Style.Body, Style.InkBrush);
        }

        Flow.Y = Flow.Bottom - Layout.FooterAboveBottom;
        Gfx.DrawLine(Style.RulePen, left, Flow.Y - Layout.FooterRuleAbove, left + width, Flow.Y - Layout.FooterRuleAbove);
        Flow.Paragraph(Format("CoverConfidential", cover.Organization), Style.Small, Style.MutedBrush, spaceAfter: Layout.SpaceBetweenFooterLines);
        Flow.Paragraph(Text("CoverSource"), Style.Small, Style.MutedBrush, spaceAfter: 0);
    }

    private void Fact(string label, string value)
    {
        var top = Flow.Y;
        Gfx.DrawString(label, Style.SmallBold, Style.MutedBrush, Flow.Left, top + ReportStyle.LabelBaselineShift, XStringFormats.TopLeft);
        Flow.Paragraph(value, Style.Body, Style.InkBrush, indent: Layout.FactLabelWidth, spaceAfter: Layout.SpaceAfterFact);
    }
}
