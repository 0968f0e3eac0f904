using System.Globalization;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Results;

namespace SalesMarketingAlignment.Domain.Tests.Funnel;

public class FunnelMapTests
{
    private static FunnelAnswers Answers(params (FunnelStage Stage, FunnelLead Lead)[] leads) =>
        FunnelAnswers.Create(leads.Select(l => KeyValuePair.Create(l.Stage, l.Lead)));

    private static FunnelCounts Respondents(Department department, FunnelStage stage, params FunnelLead[] leads)
    {
        var counts = new FunnelCounts();
        foreach (var lead in leads)
        {
            counts.Add(department, Answers((stage, lead)));
        }

        return counts;
    }

    [Fact]
    public void From_SharesPerLead_AreTheDepartmentsAnswersOfThatStage()
    {
        var counts = Respondents(Department.Sales, FunnelStage.Purchase, FunnelLead.Sales, FunnelLead.Sales, FunnelLead.Both, FunnelLead.NoOne);

        var view = FunnelMap.From(counts, AnonymityRule.Default).Sales.Stages[FunnelStage.Purchase];

        view.Answers.Should().Be(4);
        view.Shares[FunnelLead.Sales].Should().Be(0.5m);
        view.Shares[FunnelLead.Both].Should().Be(0.25m);
        view.Shares[FunnelLead.NoOne].Should().Be(0.25m);
        view.Shares[FunnelLead.Marketing].Should().Be(0m);
        view.MostCommon.Should().Equal(FunnelLead.Sales);
    }

    [Fact]
    public void From_MostCommonAnswersDiffer_MarksDisagreement()
    {
        var counts = Respondents(Department.Sales, FunnelStage.BrandPreference, FunnelLead.Sales, FunnelLead.Sales, FunnelLead.Marketing);
        foreach (var lead in new[] { FunnelLead.Marketing, FunnelLead.Marketing, FunnelLead.Marketing })
        {
            counts.Add(Department.Marketing, Answers((FunnelStage.BrandPreference, lead)));
        }

        var map = FunnelMap.From(counts, AnonymityRule.Default);

        map.Disagreements.Should().Equal(FunnelStage.BrandPreference);
        map.Leaderless.Should().BeEmpty();
    }

    [Fact]
    public void From_TiedTopAnswerSharedByBoth_IsNoDisagreement()
    {
        var counts = Respondents(Department.Sales, FunnelStage.Purchase, FunnelLead.Sales, FunnelLead.Both, FunnelLead.Both, FunnelLead.Sales);
        foreach (var lead in new[] { FunnelLead.Both, FunnelLead.Both, FunnelLead.Marketing })
        {
            counts.Add(Department.Marketing, Answers((FunnelStage.Purchase, lead)));
        }

        var stage = FunnelMap.From(counts, AnonymityRule.Default).Stages.Single(s => s.Stage == FunnelStage.Purchase);

        stage.Sales.MostCommon.Should().BeEquivalentTo([FunnelLead.Sales, FunnelLead.Both]);
        stage.Disagree.Should().BeFalse();
    }

    [Fact]
    public void From_NoOneMostCommonInOneDepartment_MarksTheStageLeaderless()
    {
        var counts = Respondents(Department.Marketing, FunnelStage.CustomerAdvocacy, FunnelLead.NoOne, FunnelLead.NoOne, FunnelLead.Sales);

        var map = FunnelMap.From(counts, AnonymityRule.Default);

        map.Leaderless.Should().Equal(FunnelStage.CustomerAdvocacy);
        // Sales has no answers, so there is nothing to disagree with.
        map.Disagreements.Should().BeEmpty();
    }

    [Fact]
    public void From_DepartmentUnderTheMinimum_IsWithheldAndNeverMarked()
    {
        // Two Sales respondents against a minimum of 3: their answers (here all "No one", disagreeing with Marketing)
        // must not show through the shares or through the marks.
        var counts = Respondents(Department.Sales, FunnelStage.Purchase, FunnelLead.NoOne, FunnelLead.NoOne);
        foreach (var lead in new[] { FunnelLead.Sales, FunnelLead.Sales, FunnelLead.Sales })
        {
            counts.Add(Department.Marketing, Answers((FunnelStage.Purchase, lead)));
        }

        var map = FunnelMap.From(counts, new AnonymityRule(3));

        map.Sales.Withheld.Should().BeTrue();
        map.Sales.Respondents.Should().Be(2);
        map.Sales.Stages.Values.Should().OnlyContain(v => v.Shares.Count == 0 && v.MostCommon.Count == 0 && v.Answers == 0);
        map.Marketing.Withheld.Should().BeFalse();
        map.Disagreements.Should().BeEmpty();
        map.Leaderless.Should().BeEmpty();
    }

    [Fact]
    public void From_StageLeftOutByEveryone_HasNoShares()
    {
        var counts = Respondents(Department.Sales, FunnelStage.Purchase, FunnelLead.Sales, FunnelLead.Sales, FunnelLead.Sales);

        var view = FunnelMap.From(counts, AnonymityRule.Default).Sales.Stages[FunnelStage.CustomerAwareness];

        view.Answers.Should().Be(0);
        view.Shares.Should().BeEmpty();
        view.MostCommon.Should().BeEmpty();
    }

    [Fact]
    public void Add_EmptyAnswers_CountsNoRespondent()
    {
        var counts = new FunnelCounts().Add(Department.Sales, FunnelAnswers.Empty);

        counts.Respondents(Department.Sales).Should().Be(0);
        counts.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("customerAwareness", FunnelStage.CustomerAwareness)]
    [InlineData("CustomerAdvocacy", FunnelStage.CustomerAdvocacy)]
    public void TryParseStage_ApiKeyOrName_IsTheStage(string text, FunnelStage expected)
    {
        BuyingFunnel.TryParseStage(text, out var stage).Should().BeTrue();
        stage.Should().Be(expected);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("9")]
    [InlineData("salesPipeline")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseStage_NumberOrUnknownName_IsRefused(string? text) =>
        BuyingFunnel.TryParseStage(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("Marketing", FunnelLead.Marketing)]
    [InlineData("noOne", FunnelLead.NoOne)]
    [InlineData("Both", FunnelLead.Both)]
    public void TryParseLead_OptionName_IsTheLead(string text, FunnelLead expected)
    {
        BuyingFunnel.TryParseLead(text, out var lead).Should().BeTrue();
        lead.Should().Be(expected);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("Everyone")]
    [InlineData("Marketing,Sales")]
    public void TryParseLead_NumberOrOtherText_IsRefused(string text) =>
        BuyingFunnel.TryParseLead(text, out _).Should().BeFalse();

    [Fact]
    public void StageName_EveryStageInEveryLanguage_IsTranslated()
    {
        foreach (var stage in BuyingFunnel.Stages)
        {
            var english = BuyingFunnel.StageName(stage, CultureInfo.GetCultureInfo("en"));
            BuyingFunnel.StageName(stage, CultureInfo.GetCultureInfo("ru")).Should().NotBe(english);
            BuyingFunnel.StageName(stage, CultureInfo.GetCultureInfo("nl")).Should().NotBe(english);
        }

        BuyingFunnel.StageName(FunnelStage.CustomerAwareness, CultureInfo.GetCultureInfo("en")).Should().Be("Customer awareness");
    }

    [Fact]
    public void Key_IsCamelCase() => BuyingFunnel.Key(FunnelStage.PurchaseIntention).Should().Be("purchaseIntention");
}
