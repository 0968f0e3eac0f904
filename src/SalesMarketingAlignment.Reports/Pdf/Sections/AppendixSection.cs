using System.Globalization;
using SalesMarketingAlignment.Reports.Model;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.AppendixLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The method, and every figure withheld to keep answers anonymous with the reason (or that none was).</summary>
internal sealed class AppendixSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(ReportAppendix appendix)
    {
        Flow.Space(Layout.SpaceAbove);
        Flow.Heading(Text("AppendixHeading"));
        foreach (var paragraph in appendix.MethodParagraphs)
        {
            Flow.Paragraph(paragraph, Style.Body, Style.InkBrush);
        }

        Flow.Subheading(Text("AppendixWithheld"));
        if (appendix.Withheld.Count == 0)
        {
            Flow.Paragraph(Text("AppendixNothingWithheld"), Style.Body, Style.MutedBrush);
            return;
        }

        foreach (var item in appendix.Withheld)
        {
            // The item is kept with the first line of its reason.
            Flow.EnsureSpace(ReportStyle.LineHeight(Style.Body) * 2);
            Flow.Paragraph(item.Item, Style.BodyBold, Style.InkBrush, spaceAfter: Layout.SpaceAfterItem);
            Flow.Paragraph(item.Reason, Style.Body, Style.MutedBrush, indent: 0, spaceAfter: Layout.SpaceAfterReason);
        }
    }
}
