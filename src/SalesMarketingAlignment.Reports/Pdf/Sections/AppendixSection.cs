using System.Globalization;
using SalesMarketingAlignment.Reports.Model;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.AppendixLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>Every figure withheld to keep answers anonymous with the reason (or that none was), then the method.</summary>
internal sealed class AppendixSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    /// <param name="noResponses">Nobody answered: then nothing was withheld because there was nothing to show, and the appendix says so.</param>
    public void Draw(ReportAppendix appendix, bool noResponses = false)
    {
        Flow.Space(Layout.SpaceAbove);
        Flow.Heading(Text("AppendixHeading"));

        // What was withheld comes first: drawn after the long method text, its heading and one line ("No figure was
        // withheld") were often pushed alone onto a last page that was otherwise empty.
        Flow.Subheading(Text("AppendixWithheld"));
        if (appendix.Withheld.Count == 0)
        {
            Flow.Paragraph(Text(noResponses ? "AppendixNoResponses" : "AppendixNothingWithheld"), Style.Body, Style.MutedBrush);
        }

        foreach (var item in appendix.Withheld)
        {
            // The item is kept with the first line of its reason.
            Flow.EnsureSpace(ReportStyle.LineHeight(Style.Body) * 2);
            Flow.Paragraph(item.Item, Style.BodyBold, Style.InkBrush, spaceAfter: Layout.SpaceAfterItem);
            Flow.Paragraph(item.Reason, Style.Body, Style.MutedBrush, indent: 0, spaceAfter: Layout.SpaceAfterReason);
        }

        Flow.Space(Layout.SpaceAbove);
        foreach (var paragraph in appendix.MethodParagraphs)
        {
            Flow.Paragraph(paragraph, Style.Body, Style.InkBrush);
        }
    }
}
