using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Web.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// An executive follows the organization over three rounds: the demo's two rounds plus a later one seeded the way the
/// app stores responses, read on the organization page as a chart and, a click away, as a table; the gates run on both.
/// Then on a phone: the organization page and the demo round's dashboard, every chart and table opened.
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class TrendJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Password = "demo password for the trend";
    private const string LaterRound = "Sales and Marketing alignment, next spring";

    [Fact]
    public async Task ExecutiveReadsTheTrend_ChartAndTableOverThreeRounds()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
        });
        await SeedLaterRoundAsync(server);
        var executive = await OpenAsync(server);

        OrganizationPage organization = null!;
        await executive.StepAsync("Executive opens the organization", async () =>
        {
            var login = new LoginPage(executive);
            await login.GotoAsync();
            var organizations = await login.SignInAsync(DemoSeeder.ExecutiveEmail, Password);
            organization = await organizations.OpenAsync(DemoSeeder.OrganizationName);
        });

        await executive.StepAsync("The trend chart is drawn with a title and a description", async () =>
        {
            await Assertions.Expect(organization.TrendChart).ToBeVisibleAsync();
            var labelledBy = (await organization.TrendChart.GetAttributeAsync("aria-labelledby"))!.Split(' ');
            await Assertions.Expect(executive.Page.Locator($"#{labelledBy[0]}")).ToHaveCountAsync(1);
            await Assertions.Expect(executive.Page.Locator($"#{labelledBy[1]}")).ToContainTextAsync("80.0");
            await Assertions.Expect(organization.TrendTable).ToBeHiddenAsync();
        });

        await executive.StepAsync("The numbers are a click away, older round first", async () =>
        {
            await organization.ShowTrendTableAsync();
            var rows = await organization.TrendRowsAsync();
            rows.Select(r => r[0]).Should().Equal(DemoSeeder.EarlierAssessmentTitle, DemoSeeder.AssessmentTitle, LaterRound);
            rows[2].Skip(2).Should().Equal("80.0 (Integrated)", "60.0 (Aligned)");
        });

        // On a phone the same pages pass the same gates: charts inside their boxes with readable labels, and a page
        // that does not scroll sideways (wide tables and charts scroll in containers of their own).
        var phone = await OpenAsync(server, Device.Phone);
        await phone.StepAsync("Executive reads the trend and the dashboard on a phone", async () =>
        {
            var login = new LoginPage(phone);
            await login.GotoAsync();
            var organizations = await login.SignInAsync(DemoSeeder.ExecutiveEmail, Password);
            var onPhone = await organizations.OpenAsync(DemoSeeder.OrganizationName);
            await Assertions.Expect(onPhone.TrendChart).ToBeVisibleAsync();
            await onPhone.ShowTrendTableAsync();
            var dashboard = await onPhone.OpenAssessmentAsync(DemoSeeder.AssessmentTitle);
            await Assertions.Expect(dashboard.GapSentence).ToBeVisibleAsync();
            await dashboard.OpenAllDetailsAsync();
        });
    }

    /// <summary>A closed later round: 4 Sales responses of all 4s (80) and 3 Marketing responses of all 3s (60).</summary>
    private static async Task SeedLaterRoundAsync(AppServer server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var demo = await db.Assessments.SingleAsync(a => a.Title == DemoSeeder.AssessmentTitle);
        var closedOn = (demo.ClosedOn ?? demo.CreatedOn).AddDays(90);
        var later = new Assessment
        {
            OrganizationId = demo.OrganizationId,
            Title = LaterRound,
            Status = AssessmentStatus.Closed,
            CreatedOn = closedOn.AddDays(-14),
            ClosedOn = closedOn,
            CreatedBy = demo.CreatedBy,
        };
        foreach (var (department, answer, count) in new[] { (Department.Sales, 4, 4), (Department.Marketing, 3, 3) })
        {
            for (var i = 0; i < count; i++)
            {
                var response = new Response { Department = department, Role = RespondentRole.Staff, SubmittedOn = closedOn.AddDays(-7), SubmissionKey = Guid.NewGuid() };
                response.SetAnswers(SurveyAnswers.Create(Enumerable.Repeat(answer, 20).ToArray()));
                later.Responses.Add(response);
            }
        }

        db.Assessments.Add(later);
        await db.SaveChangesAsync();
    }
}
