using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>The Buying Funnel map on the dashboard (the demo's latest round asks the part) and the consultant's switch.</summary>
public sealed class BuyingFunnelDashboardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private Task<HttpClient> DemoConsultantAsync() => fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);

    [Fact]
    public async Task Get_DemoRound_DrawsEightNarrowingStagesWithBothDepartmentsAndTheMarks()
    {
        var client = await DemoConsultantAsync();

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.DemoAssessmentId}");

        var svg = page.QuerySelector("#buying-funnel svg#chart-buying-funnel");
        svg.Should().NotBeNull();
        var stages = svg!.QuerySelectorAll("polygon.funnel-stage");
        stages.Should().HaveCount(8);
        var widths = stages.Select(p => TopWidth(p.GetAttribute("points")!)).ToArray();
        widths.Should().BeInDescendingOrder("the funnel narrows from customer awareness to customer advocacy");
        svg.TextContent.Should().Contain("Customer awareness").And.Contain("Customer advocacy").And.Contain("Sales").And.Contain("Marketing");
        // The demo: both departments say no one leads customer advocacy; Marketing sees brand preference as shared, Sales as Marketing's.
        svg.QuerySelectorAll("text.funnel-flag").Select(t => t.TextContent).Should().Contain(t => t.Contains("No one leads"))
            .And.Contain(t => t.Contains("Departments disagree"));
        page.QuerySelectorAll("#buying-funnel table.funnel-table tbody tr").Should().HaveCount(8);
    }

    [Fact]
    public async Task Get_DemoRoundInRussian_StageNamesAndMarksTranslated()
    {
        var client = await DemoConsultantAsync();

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.DemoAssessmentId}?ui-culture=ru");

        var svg = page.QuerySelector("svg#chart-buying-funnel")!;
        svg.TextContent.Should().Contain("Осведомлённость клиентов").And.Contain("Никто не ведёт").And.NotContain("Customer awareness");
    }

    [Fact]
    public async Task Get_AssessmentWithoutThePart_ShowsNoFunnel()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.Withheld.Id}");

        page.QuerySelector("#buying-funnel").Should().BeNull();
    }

    [Fact]
    public async Task PostBuyingFunnel_Consultant_SwitchesThePartOn_ExecutiveIsRefused()
    {
        var open = await fixture.App.CreateAssessmentAsync("Funnel switch", AssessmentStatus.Open, fixture.ConsultantUser, fixture.ExecutiveUser);
        var url = $"/Assessments/{open.Id}";
        var consultant = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var executive = await fixture.SignedInAsync(DashboardFixture.Executive);
        var consultantPage = await consultant.GetDocumentAsync(url);
        var executivePage = await executive.GetDocumentAsync(url);
        executivePage.QuerySelector("form.buying-funnel-setting").Should().BeNull("executives do not run the assessment");

        var refused = await executive.PostFormAsync(url + "?handler=BuyingFunnel", executivePage, [new("asked", "true")], "header form");
        var switched = await consultant.PostFormAsync(url + "?handler=BuyingFunnel", consultantPage, [], "form.buying-funnel-setting");

        refused.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        switched.ShouldBeRedirect();
        (await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == open.Id))).BuyingFunnel.Should().BeTrue();
        (await consultant.GetDocumentAsync(url)).Text("form.buying-funnel-setting").Should().Contain("The survey asks the Buying Funnel part");
    }

    private static double TopWidth(string points)
    {
        var corners = points.Split(' ').Select(p => double.Parse(p.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return corners[1] - corners[0];
    }
}
