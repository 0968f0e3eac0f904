using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using SalesMarketingAlignment.Web.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// The consultant's portfolio on a phone, in each language: the demo's seven clients with the percentile and overdue
/// columns, and every gate (no sideways scrolling: the Dutch menu once ran 31 px past a 375 px screen).
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class PortfolioJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Password = "demo password for the portfolio";

    [Fact]
    public async Task ConsultantReadsThePortfolioOnAPhone_InEveryLanguage()
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
    }
}
