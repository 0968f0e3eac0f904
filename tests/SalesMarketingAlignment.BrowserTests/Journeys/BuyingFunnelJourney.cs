using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Web.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// The Buying Funnel part (decision 0018): a Marketing staff member answers it on a phone, leaving some stages out;
/// the demo consultant reads the demo round's map on the dashboard. The gates run on every page, the chart gate on the
/// funnel's SVG among them.
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class BuyingFunnelJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Password = "demo password for the funnel";

    [Fact]
    public async Task RespondentAnswersOnAPhone_ConsultantReadsTheMap()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
        });
        var (token, assessmentId) = await SeedOpenRoundAsync(server);

        var phone = await OpenAsync(server, Device.Phone);
        await phone.StepAsync("Marketing staff answers the statements and some funnel stages on a phone", async () =>
        {
            var survey = new SurveyPage(phone, token);
            await survey.GotoAsync();
            await Assertions.Expect(survey.FunnelStages).ToHaveCountAsync(BuyingFunnel.StageCount);
            await survey.ChooseAsync("Staff", Enumerable.Repeat<int?>(4, SurveyPage.StatementCount).ToArray(), tap: true);
            await survey.ChooseFunnelAsync(new Dictionary<string, string> { ["brandPreference"] = "Both", ["customerAdvocacy"] = "NoOne" }, tap: true);
            await survey.SendAsync();
        });

        using (var scope = server.Services.CreateScope())
        {
            var counts = await scope.ServiceProvider.GetRequiredService<AlignmentDbContext>().LoadFunnelCountsAsync(assessmentId);
            counts.Count(Department.Marketing, FunnelStage.BrandPreference, FunnelLead.Both).Should().Be(1);
            counts.Count(Department.Marketing, FunnelStage.CustomerAdvocacy, FunnelLead.NoOne).Should().Be(1);
            counts.Respondents(Department.Marketing).Should().Be(1);
        }

        var desktop = await OpenAsync(server);
        await desktop.StepAsync("The consultant reads the demo round's funnel map", async () =>
        {
            var login = new LoginPage(desktop);
            await login.GotoAsync();
            var organizations = await login.SignInAsync(DemoSeeder.ConsultantEmail, Password);
            var organization = await organizations.OpenAsync(DemoSeeder.OrganizationName);
            var dashboard = await organization.OpenAssessmentAsync(DemoSeeder.AssessmentTitle);
            var chart = desktop.Page.Locator("svg#chart-buying-funnel");
            await Assertions.Expect(chart).ToBeVisibleAsync();
            await Assertions.Expect(chart.Locator("polygon.funnel-stage")).ToHaveCountAsync(BuyingFunnel.StageCount);
            await Assertions.Expect(chart.Locator("text.funnel-flag").First).ToBeVisibleAsync();
            await desktop.Page.Locator("#buying-funnel details summary").ClickAsync();
            await Assertions.Expect(desktop.Page.Locator("#buying-funnel table tbody tr")).ToHaveCountAsync(BuyingFunnel.StageCount);
            await desktop.CheckPageAsync("Dashboard with the funnel table open");
        });
    }

    /// <summary>An open round of the demo organization that asks the Buying Funnel part, its Marketing open link on.</summary>
    private static async Task<(string Token, int AssessmentId)> SeedOpenRoundAsync(AppServer server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var demo = await db.Assessments.SingleAsync(a => a.Title == DemoSeeder.AssessmentTitle);
        var round = Assessment.Start(demo.OrganizationId, "Funnel round", 3, null, null, demo.CreatedBy, demo.CreatedOn.AddDays(30));
        round.BuyingFunnel = true;
        round.MarketingOpenLink = true;
        db.Assessments.Add(round);
        await db.SaveChangesAsync();
        return (round.Links.Single(l => l.Department == Department.Marketing).Token, round.Id);
    }
}
