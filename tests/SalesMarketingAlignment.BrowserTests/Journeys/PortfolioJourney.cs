using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using SalesMarketingAlignment.Web.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// The consultant's view beyond one round: the portfolio on a phone, in each language (the demo's seven clients with the
/// percentile and overdue columns, every gate; the Dutch menu once ran 31 px past a 375 px screen), and from there the
/// demo client's later round with what moved since the autumn round, statement by statement.
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class PortfolioJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Password = "demo password for the portfolio";

    [Fact]
    public async Task ConsultantOnAPhone_ReadsThePortfolioInEveryLanguageThenWhatMoved()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
        });
        var phone = await OpenAsync(server, Device.Phone);
        await phone.StepAsync("Consultant signs in on a phone", async () =>
        {
            var login = new LoginPage(phone);
            await login.GotoAsync();
            await login.SignInAsync(DemoSeeder.ConsultantEmail, Password);
        });

        foreach (var language in new[] { "en", "ru", "nl" })
        {
            await phone.StepAsync($"Consultant reads the portfolio in {language}", async () =>
            {
                await phone.Page.GotoAsync($"{server.BaseUrl}/Portfolio?ui-culture={language}");
                await Assertions.Expect(phone.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
                await Assertions.Expect(phone.Page.Locator(".portfolio-table tbody tr")).ToHaveCountAsync(7);
                await Assertions.Expect(phone.Page.Locator(".portfolio-table thead th")).ToHaveCountAsync(11);
                await phone.CheckPageAsync($"portfolio-{language}");
            });
        }

        await phone.StepAsync("Consultant opens the demo client's spring round from the portfolio and reads what moved", async () =>
        {
            await phone.Page.GotoAsync($"{server.BaseUrl}/Portfolio?ui-culture=en");
            await phone.Page.GetByRole(AriaRole.Link, new() { Name = DemoSeeder.AssessmentTitle }).ClickAsync();
            var moved = phone.Page.Locator("#what-moved");
            await Assertions.Expect(moved.Locator("#what-moved-since option[selected]")).ToContainTextAsync(DemoSeeder.EarlierAssessmentTitle);
            await Assertions.Expect(moved.Locator(".what-moved-departments tbody tr")).ToHaveCountAsync(2);
            await moved.Locator("summary").ClickAsync();
            await Assertions.Expect(moved.Locator(".what-moved-statements tbody tr")).ToHaveCountAsync(20);
            await phone.CheckPageAsync("what-moved");
        });
    }
}
