using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class BuyingFunnelPdfSectionTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Sales: 3 say Sales leads purchase, no one customer advocacy; Marketing: 3 say both lead purchase; or 1 Marketing respondent.</summary>
    private static FunnelMap Map(int marketingRespondents = 3)
    {
        var counts = new FunnelCounts();
        for (var i = 0; i < 3; i++)
        {
            counts.Add(Department.Sales, FunnelAnswers.Create([new(FunnelStage.Purchase, FunnelLead.Sales), new(FunnelStage.CustomerAdvocacy, FunnelLead.NoOne)]));
        }

        for (var i = 0; i < marketingRespondents; i++)
        {
            counts.Add(Department.Marketing, FunnelAnswers.Create([new(FunnelStage.Purchase, FunnelLead.Both)]));
        }

        return FunnelMap.From(counts, new AnonymityRule(3));
    }

    [Fact]
    public void Draw_Answers_ShowsStagesSharesAndMarks()
    {
        using var pdf = PdfCanvas.Draw("funnel", flow =>
            new BuyingFunnelPdfSection(flow, English).Draw(BuyingFunnelChart.Create(Map(), 3, English)));

        var text = pdf.RawText();
        text.Should().Contain("The Buying Funnel: who leads each step");
        foreach (var stage in BuyingFunnel.Stages)
        {
            text.Should().Contain(BuyingFunnel.StageName(stage, English));
        }

        text.Should().Contain("Sales 100% (of 3)").And.Contain("Both together 100% (of 3)");
        text.Should().Contain("Departments disagree").And.Contain("No one leads");
        text.Should().Contain("no answers", "stages nobody answered say so rather than show an empty bar");
    }

    [Fact]
    public void Draw_MarketingUnderTheMinimum_SaysWithheldAndShowsNoShareOfIt()
    {
        using var pdf = PdfCanvas.Draw("funnel-withheld", flow =>
            new BuyingFunnelPdfSection(flow, English).Draw(BuyingFunnelChart.Create(Map(marketingRespondents: 1), 3, English)));

        var text = pdf.RawText();
        text.Should().Contain("Marketing: withheld — 1 answered the funnel questions, fewer than the smallest group of 3.");
        text.Should().NotContain("Both together 100%");
        text.Should().NotContain("Departments disagree", "a withheld department cannot be compared");
    }

    [Fact]
    public void Draw_Russian_UsesTheGlossaryNames()
    {
        using var pdf = PdfCanvas.Draw("funnel-ru", flow =>
            new BuyingFunnelPdfSection(flow, Russian).Draw(BuyingFunnelChart.Create(Map(), 3, Russian)));

        var text = pdf.RawText();
        text.Should().Contain("Воронка покупки").And.Contain("Осведомлённость клиентов").And.Contain("Рекомендации клиентов").And.Contain("Отделы расходятся");
    }

    [Fact]
    public void Draw_NoChart_DrawsNothing()
    {
        using var pdf = PdfCanvas.Draw("funnel-none", flow => new BuyingFunnelPdfSection(flow, English).Draw(null));

        pdf.RawText().Should().NotContain("Buying Funnel");
    }
}
