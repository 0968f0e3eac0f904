using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// The journeys once in Russian, through the same gates: a Marketing respondent answers an assessment whose survey
/// language is Russian on a phone; an executive reads the demo dashboard in Russian; a consultant downloads the PDF
/// report in Russian. Every page declares lang="ru" and shows no English sentence of the app's own.
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class RussianJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Password = "demo password in russian";
    private static readonly int[] Answers = [2, 2, 3, 2, 1, 2, 3, 2, 2, 2, 3, 2, 2, 1, 2, 2, 3, 2, 2, 2];

    // Phrases of the English pages; none may remain on a Russian one.
    private static readonly string[] EnglishPhrases = ["Skip to content", "Send my answers", "Sign in", "What to do next", "Where the relationship stands", "Thank you"];

    [Fact]
    public async Task RespondentExecutiveAndConsultant_InRussian()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
        });
        var (token, demoId) = await SeedRussianAssessmentAsync(server);

        var respondent = await OpenAsync(server, Device.Phone);
        await respondent.StepAsync("Marketing staff answers the Russian survey on a phone", async () =>
        {
            var survey = new SurveyPage(respondent, token);
            await survey.GotoAsync();
            await ShouldBeRussianAsync(respondent.Page);
            (await survey.SidewaysOverflowAsync()).Should().BeLessThanOrEqualTo(0, "the Russian survey fits a 375 px wide phone");
            await survey.ChooseAsync("Staff", Answers.Select(a => (int?)a).ToList(), tap: true);
            await survey.SendButton.TapAsync();
            var thanks = new ThanksPage(respondent, token);
            await thanks.AssertArrivedAsync();
            await ShouldBeRussianAsync(respondent.Page);
            await Assertions.Expect(respondent.Page.Locator("main")).ToContainTextAsync("Слабое взаимодействие");
        });

        var executive = await OpenRussianAsync(server);
        await executive.StepAsync("Executive reads the demo dashboard in Russian", async () =>
        {
            await SignInInRussianAsync(executive, DemoSeeder.ExecutiveEmail);
            await executive.GotoAsync($"/Assessments/{demoId}");
            await executive.CheckPageAsync("Dashboard (ru)");
            await ShouldBeRussianAsync(executive.Page);
            await Assertions.Expect(executive.Page.Locator("#decision")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[А-Яа-я]"));
            await Assertions.Expect(executive.Page.Locator("#gap-sentence")).ToContainTextAsync("оценивают взаимодействие на");
        });

        var consultant = await OpenRussianAsync(server);
        await consultant.StepAsync("Consultant downloads the PDF report in Russian", async () =>
        {
            await SignInInRussianAsync(consultant, DemoSeeder.ConsultantEmail);
            await consultant.GotoAsync($"/Assessments/{demoId}");
            await consultant.CheckPageAsync("Dashboard, consultant (ru)");
            await Assertions.Expect(consultant.Page.Locator("#report-language")).ToHaveValueAsync("ru");
            consultant.Health.ExpectRequestFailure($"/Assessments/{demoId}/report.pdf");
            var download = await consultant.Page.RunAndWaitForDownloadAsync(
                () => consultant.Page.Locator("form.report-download button[type=submit]").ClickAsync());
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            System.Text.Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
            download.Url.Should().Contain("ui-culture=ru", "the report's language is the one chosen at download");
            await consultant.CheckPageAsync("Dashboard after the download (ru)");
        });
    }

    private async Task<BrowserSession> OpenRussianAsync(AppServer server)
    {
        var session = await OpenAsync(server, Device.Desktop, nameof(RespondentExecutiveAndConsultant_InRussian));
        await session.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=ru|uic=ru", Url = server.BaseUrl }]);
        return session;
    }

    private static async Task SignInInRussianAsync(BrowserSession session, string email)
    {
        // The same page object as the English journeys: it finds the fields and the button by their Russian names.
        var login = new LoginPage(session);
        await login.GotoAsync();
        await ShouldBeRussianAsync(session.Page);
        (await login.LanguageAsync()).Should().Be("ru");
        await login.SignInAsync(email, Password);
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("Организации");
    }

    private static async Task ShouldBeRussianAsync(IPage page)
    {
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("ru");
        var text = await page.Locator("body").InnerTextAsync();
        text.Should().NotContainAny(EnglishPhrases, "a Russian page has no English left but user data and proper names");
    }

    /// <summary>An open assessment of the demo organization whose survey language is Russian; returns its Marketing token and the demo round's id.</summary>
    private static async Task<(string Token, int DemoId)> SeedRussianAssessmentAsync(AppServer server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var demo = await db.Assessments.SingleAsync(a => a.Title == DemoSeeder.AssessmentTitle);
        var russian = Assessment.Start(demo.OrganizationId, "Опрос, весна", 1, null, null, demo.CreatedBy, demo.CreatedOn.AddDays(30));
        russian.SurveyLanguage = "ru";
        // New assessments answer through personal invitations; this journey uses the department's open link.
        russian.MarketingOpenLink = true;
        db.Assessments.Add(russian);
        await db.SaveChangesAsync();
        return (russian.Links.Single(l => l.Department == Department.Marketing).Token, demo.Id);
    }
}
