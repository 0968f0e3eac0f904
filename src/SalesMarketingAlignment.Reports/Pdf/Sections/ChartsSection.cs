using System.Globalization;
using SalesMarketingAlignment.Reports.Model;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.ChartsLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The charts: the perception gap always, the distribution of totals and the trend when there are some.</summary>
internal sealed class ChartsSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(ReportCharts charts)
    {
        var gap = charts.PerceptionGap;
        var drawings = new List<(double Height, Action Draw)>
        {
            (ChartHeight(gap.Description, ChartDrawer.PerceptionGapHeight(gap)),
                () => Chart(gap.Title, gap.Description, ChartDrawer.PerceptionGapHeight(gap),
                    (drawer, y) => drawer.PerceptionGap(gap, Flow.Left, y, Flow.ContentWidth))),
        };
        if (charts.Distribution is { } distribution)
        {
            drawings.Add((ChartHeight(distribution.Description, ChartDrawer.DistributionHeight),
                () => Chart(distribution.Title, distribution.Description, ChartDrawer.DistributionHeight,
                    (drawer, y) => drawer.Distribution(distribution, Flow.Left, y, Flow.ContentWidth))));
        }

        if (charts.Trend is { Rounds.Count: > 0 } trend)
        {
            drawings.Add((ChartHeight(trend.Description, ChartDrawer.TrendHeight),
                () => Chart(trend.Title, trend.Description, ChartDrawer.TrendHeight,
                    (drawer, y) => drawer.Trend(trend, Flow.Left, y, Flow.ContentWidth))));
        }

        // The tall perception-gap chart goes first; when only a shorter chart fits the rest of this page, that one
        // goes first instead, so the page is filled rather than left mostly blank (the Russian levels run long).
        var headingHeight = Flow.ParagraphHeight(Text("ChartsHeading"), Style.Heading1, Flow.ContentWidth) + ReportStyle.PageLayout.HeadingAllowance + 30;
        var room = Flow.Remaining - headingHeight;
        if (drawings[0].Height > room && drawings.Skip(1).FirstOrDefault(d => d.Height <= room) is { Draw: not null } shorter)
        {
            drawings.Remove(shorter);
            drawings.Insert(0, shorter);
        }

        // The heading stays with its first chart whole, never alone at the foot of a page.
        Flow.Heading(Text("ChartsHeading"), keepWithNext: Math.Min(drawings[0].Height, Flow.Bottom - ReportStyle.PageLayout.MarginTop - 60));
        foreach (var drawing in drawings)
        {
            drawing.Draw();
        }
    }

    private double ChartHeight(string description, double height) =>
        height + Flow.ParagraphHeight(description, Style.Small, Flow.ContentWidth) + Layout.TitleAllowance;

    // Title, description and chart stay on one page.
    private void Chart(string title, string description, double height, Action<ChartDrawer, double> draw)
    {
        var descriptionHeight = Flow.ParagraphHeight(description, Style.Small, Flow.ContentWidth);
        Flow.EnsureSpace(height + descriptionHeight + Layout.TitleAllowance);
        Flow.Subheading(title, keepWithNext: 0);
        Flow.Paragraph(description, Style.Small, Style.MutedBrush, spaceAfter: Layout.SpaceAfterDescription);
        draw(Charts(), Flow.Y);
        Flow.Y += height;
        Flow.Space(Layout.SpaceAfterChart);
    }
}
