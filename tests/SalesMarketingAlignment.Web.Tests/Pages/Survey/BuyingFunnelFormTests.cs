using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Survey;

/// <summary>The Buying Funnel part of the survey page (docs/decisions/0018-buying-funnel.md).</summary>
public sealed class BuyingFunnelFormTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private static IEnumerable<KeyValuePair<string, string>> Statements() =>
        Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", "4")).Append(new("Input.Role", "Staff"));

    private async Task<(string Token, int AssessmentId)> SurveyAsync(bool funnel)
    {
        var assessment = await _app.CreateAssessmentAsync("Acme " + Guid.NewGuid().ToString("N")[..6]);
        await _app.WithDbAsync(async db =>
        {
            var row = await db.Assessments.SingleAsync(a => a.Id == assessment.Id);
            row.BuyingFunnel = funnel;
            return await db.SaveChangesAsync();
        });
        return (assessment.Links.Single(l => l.Department == Department.Marketing).Token, assessment.Id);
    }

    [Fact]
    public async Task Get_PartOn_ShowsEightRadioGroupsOfFourLeadsAfterTheStatements()
    {
        var (token, _) = await SurveyAsync(funnel: true);

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{token}");

        var stages = page.QuerySelectorAll("section.funnel-part fieldset.funnel-stage");
        stages.Should().HaveCount(8);
        stages[0].QuerySelectorAll("input[type=radio]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value")))
            .Should().Equal(("Input.Funnel[customerAwareness]", "Marketing"), ("Input.Funnel[customerAwareness]", "Sales"),
                ("Input.Funnel[customerAwareness]", "Both"), ("Input.Funnel[customerAwareness]", "NoOne"));
        page.QuerySelectorAll("section.funnel-part input[required]").Should().BeEmpty("every stage may be left out");
        page.QuerySelector("#statement-20")!.CompareDocumentPosition(page.QuerySelector("section.funnel-part")!)
            .HasFlag(AngleSharp.Dom.DocumentPositions.Following).Should().BeTrue();
    }

    [Fact]
    public async Task Get_PartOff_HasNoFunnelInputs()
    {
        var (token, _) = await SurveyAsync(funnel: false);

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{token}");

        page.QuerySelectorAll("input[name^='Input.Funnel']").Should().BeEmpty();
    }

    [Fact]
    public async Task Post_WithSomeStages_StoresTheResponseAndCountsThoseStages()
    {
        var (token, assessmentId) = await SurveyAsync(funnel: true);
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{token}");

        var response = await client.PostFormAsync($"/s/{token}", page,
            Statements().Append(new("Input.Funnel[brandPreference]", "Both")).Append(new("Input.Funnel[purchase]", "Sales")));

        response.ShouldBeRedirect();
        var counts = await _app.WithDbAsync(db => db.LoadFunnelCountsAsync(assessmentId));
        counts.Respondents(Department.Marketing).Should().Be(1);
        counts.Count(Department.Marketing, FunnelStage.BrandPreference, FunnelLead.Both).Should().Be(1);
        counts.Count(Department.Marketing, FunnelStage.Purchase, FunnelLead.Sales).Should().Be(1);
    }

    [Theory]
    [InlineData(true, "Input.Funnel[purchase]", "Everyone")]
    [InlineData(true, "Input.Funnel[salesPipeline]", "Sales")]
    [InlineData(false, "Input.Funnel[purchase]", "Sales")]
    public async Task Post_TamperedFunnelAnswer_ShowsTheMessageAndStoresNothing(bool partOn, string field, string value)
    {
        // A link holder editing the form: an invented lead or stage, or answers to a part the consultant did not switch on.
        var (token, assessmentId) = await SurveyAsync(partOn);
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{token}");

        var response = await client.PostFormAsync($"/s/{token}", page, Statements().Append(new(field, value)));

        var shown = await Html.ParseAsync(response);
        shown.Text(".error-summary").Should().Contain("Buying Funnel");
        (await _app.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessmentId))).Should().Be(0);
        (await _app.WithDbAsync(db => db.FunnelTallies.CountAsync(t => t.AssessmentId == assessmentId))).Should().Be(0);
    }
}
