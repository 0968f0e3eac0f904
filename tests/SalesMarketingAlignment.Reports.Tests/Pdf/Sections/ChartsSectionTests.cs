using System.Globalization;
using SalesMarketingAlignment.Reports.Pdf.Sections;
using SalesMarketingAlignment.Reports.Tests.Samples;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class ChartsSectionTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Draw_AllCharts_DrawsEachTitle()
    {
        var charts = SampleReports.English().Charts;

        using var pdf = PdfCanvas.Draw("charts-all", flow => new ChartsSection(flow, English).Draw(charts));

        pdf.RawText().Should().ContainAll(charts.PerceptionGap.Title, charts.Distribution!.Title, charts.Trend!.Title);
    }

    [Fact]
    public void Draw_NoDistributionAndNoTrend_DrawsOnlyThePerceptionGap()
    {
        var full = SampleReports.English().Charts;
        var charts = full with { Distribution = null, Trend = null };

        using var pdf = PdfCanvas.Draw("charts-gap-only", flow => new ChartsSection(flow, English).Draw(charts));

        var text = pdf.RawText();
        text.Should().Contain(charts.PerceptionGap.Title);
        text.Should().NotContain(full.Distribution!.Title).And.NotContain(full.Trend!.Title);
    }
}
