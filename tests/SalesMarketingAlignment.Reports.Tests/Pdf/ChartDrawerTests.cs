using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Tests.Samples;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

public class ChartDrawerTests
{
    public static TheoryData<string, string> Charts => new()
    {
        { "english", "level-scale" },
        { "english", "perception-gap" },
        { "english", "distribution" },
        { "english", "trend" },
        { "withheld", "level-scale" },
        { "withheld", "perception-gap" },
        { "withheld", "distribution" },
        { "withheld", "trend" },
    };

    // The sections reserve exactly the height the drawer reports and draw the next thing below it, so a label or
    // legend past that height would run into the next chart or paragraph.
    [Theory]
    [MemberData(nameof(Charts))]
    public void Draw_SampleChart_KeepsEveryLabelWithinTheHeightItReserves(string sample, string chart)
    {
        var report = sample == "withheld" ? SampleReports.MarketingWithheld() : SampleReports.English();
        var charts = report.Charts;
        (double Height, Action<ChartDrawer, double, double, double> Draw) subject = chart switch
        {
            "level-scale" => (ChartDrawer.LevelScaleHeight(charts.LevelScale), (d, x, y, w) => d.LevelScale(charts.LevelScale, x, y, w)),
            "perception-gap" => (ChartDrawer.PerceptionGapHeight(charts.PerceptionGap), (d, x, y, w) => d.PerceptionGap(charts.PerceptionGap, x, y, w)),
            "distribution" => (ChartDrawer.DistributionHeight, (d, x, y, w) => d.Distribution(charts.Distribution!, x, y, w)),
            "trend" => (ChartDrawer.TrendHeight, (d, x, y, w) => d.Trend(charts.Trend!, x, y, w)),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, null),
        };
        double top = 0;

        using var pdf = PdfCanvas.Draw($"chart-{sample}-{chart}", flow =>
        {
            top = flow.Y;
            subject.Draw(new ChartDrawer(flow.Gfx, flow.Style, report.Culture), flow.Left, flow.Y, flow.ContentWidth);
        });

        var words = pdf.Words(1);
        words.Should().NotBeEmpty();
        words.Where(w => w.Bottom > top + subject.Height).Should().BeEmpty("the chart reserves {0} points", subject.Height);
    }
}
