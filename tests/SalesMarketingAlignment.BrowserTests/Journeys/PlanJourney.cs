using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using SalesMarketingAlignment.Web.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// The action plan (decision 0016): the demo consultant gives one recommended action an owner, a due date, a status
/// and a note from the dashboard; the executive then reads the plan on a phone, the overdue item marked in words.
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class PlanJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Password = "demo password for the plan";
    private const string Note = "Shared floor for both teams from May.";

    [Fact]
    public async Task ConsultantSetsAPlanItem_ExecutiveReadsItOnAPhone()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
        });
        var consultant = await OpenAsync(server);

        AssessmentPage dashboard = null!;
        await consultant.StepAsync("Consultant opens the demo round's plan", async () =>
        {
            var login = new LoginPage(consultant);
            await login.GotoAsync();
            var organizations = await login.SignInAsync(DemoSeeder.ConsultantEmail, Password);
            var organization = await organizations.OpenAsync(DemoSeeder.OrganizationName);
            dashboard = await organization.OpenAssessmentAsync(DemoSeeder.AssessmentTitle);
            await Assertions.Expect(consultant.Page.Locator("#plan-heading")).ToHaveTextAsync("Action plan");
        });

        await consultant.StepAsync("Consultant sets the owner, due date, status and note of one action", async () =>
        {
            var item = await PlanItemPage.OpenFromDashboardAsync(dashboard, "Action", "da-colocate");
            dashboard = await item.SaveAsync("Demo Executive", "2031-05-01", "In progress", Note);
            var saved = consultant.Page.Locator("#plan-Action-da-colocate");
            await Assertions.Expect(saved.Locator(".plan-status")).ToHaveTextAsync("In progress");
            await Assertions.Expect(saved.Locator(".plan-owner")).ToHaveTextAsync("Owner: Demo Executive");
            await Assertions.Expect(saved.Locator(".plan-note")).ToHaveTextAsync(Note);
        });

        var phone = await OpenAsync(server, Device.Phone);
        await phone.StepAsync("Executive reads the plan on a phone, the overdue item marked in words", async () =>
        {
            var login = new LoginPage(phone);
            await login.GotoAsync();
            var organizations = await login.SignInAsync(DemoSeeder.ExecutiveEmail, Password);
            var organization = await organizations.OpenAsync(DemoSeeder.OrganizationName);
            await organization.OpenAssessmentAsync(DemoSeeder.AssessmentTitle);
            await Assertions.Expect(phone.Page.Locator($"#plan-Action-{DemoSeeder.DemoPlanOverdueAction} .plan-overdue")).ToHaveTextAsync("Overdue");
            await Assertions.Expect(phone.Page.Locator("#plan-Action-da-colocate .plan-note")).ToHaveTextAsync(Note);
            await Assertions.Expect(phone.Page.Locator("#plan .plan-edit")).ToHaveCountAsync(0);
        });
    }
}
