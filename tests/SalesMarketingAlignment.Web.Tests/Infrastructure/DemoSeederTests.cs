using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

public sealed class DemoSeederTests : IDisposable
{
    private const string DemoPassword = "demo password 123";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sma-demo-{Guid.NewGuid():N}.db");

    private AppFactory NewApp(bool keep) => new(new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Password"] = DemoPassword }, _path) { KeepDatabase = keep };

    [Fact]
    public async Task Seed_DemoEnabled_CreatesClosedAssessmentWithRealisticResponses()
    {
        using var app = NewApp(keep: false);
        _ = app.Server;

        var responses = await app.WithDbAsync(db => db.Responses
            .Where(r => db.Assessments.Any(a => a.Id == r.AssessmentId && a.Title == DemoSeeder.AssessmentTitle && a.Status == AssessmentStatus.Closed))
            .ToListAsync());

        responses.Count(r => r.Department == Department.Sales).Should().Be(12);
        responses.Count(r => r.Department == Department.Marketing).Should().Be(8);
        responses.Count(r => r.Department == Department.Sales && r.Role == RespondentRole.Head).Should().Be(1);
        responses.Count(r => r.Department == Department.Marketing && r.Role == RespondentRole.Head).Should().Be(1);
        var salesMean = responses.Where(r => r.Department == Department.Sales).Average(r => r.Total);
        var marketingMean = responses.Where(r => r.Department == Department.Marketing).Average(r => r.Total);
        salesMean.Should().BeGreaterThan(marketingMean + 5);
        responses.Should().OnlyContain(r => r.Total == Enumerable.Range(1, 20).Sum(r.Answer));
    }

    [Fact]
    public async Task Seed_StartedTwice_AddsNothingTheSecondTimeAndAccountsSignIn()
    {
        using (var first = NewApp(keep: true))
        {
            _ = first.Server;
        }

        using var second = NewApp(keep: false);
        _ = second.Server;
        var clientNames = DemoPortfolio.Clients.Select(c => c.Name).ToArray();
        var (organizations, responses, portfolioClients) = await second.WithDbAsync(async db =>
            (await db.Organizations.CountAsync(o => o.Name == DemoSeeder.OrganizationName), await db.Responses.CountAsync(),
             await db.Organizations.CountAsync(o => clientNames.Contains(o.Name))));
        organizations.Should().Be(1);
        portfolioClients.Should().Be(DemoPortfolio.Clients.Count);
        responses.Should().Be(40 + DemoPortfolio.Clients.Count * 20, "two rounds of 20 in the demo organization and one of 20 in each portfolio client");

        var client = second.CreateBrowser();
        var signIn = await client.SignInAsync(DemoSeeder.ExecutiveEmail, DemoPassword);
        signIn.ShouldBeRedirect();
        var organizationsPage = await client.GetDocumentAsync("/Organizations");
        organizationsPage.Text("main").Should().Contain(DemoSeeder.OrganizationName);
    }

    [Fact]
    public async Task Seed_DemoEnabled_OpensOnSignInWithATrendConditionsTicksAndARecommendation()
    {
        using var app = NewApp(keep: false);
        var anonymous = app.CreateBrowser();

        var home = await anonymous.GetAsync("/");

        home.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "the demo has an administrator, so nobody is sent to create one");
        (await Html.ParseAsync(home)).QuerySelector("main a[href^='/Account/Login']").Should().NotBeNull();
        var client = app.CreateBrowser();
        await client.SignInAsync(DemoSeeder.ExecutiveEmail, DemoPassword);
        var (organizationId, assessmentId) = await app.WithDbAsync(async db =>
        {
            var latest = await db.Assessments.SingleAsync(a => a.Title == DemoSeeder.AssessmentTitle);
            return (latest.OrganizationId, latest.Id);
        });
        var rounds = await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.OrganizationId == organizationId && a.Status == AssessmentStatus.Closed));
        rounds.Should().Be(2);
        var ticks = await app.WithDbAsync(db => db.ChecklistTicks.CountAsync(t => t.OrganizationId == organizationId));
        ticks.Should().Be(DemoSeeder.DemoTickedTaskIds.Count);

        var dashboard = await client.GetDocumentAsync($"/Assessments/{assessmentId}");

        dashboard.Text("#decision").Should().StartWith("Move up from");
        dashboard.Text("main").Should().NotContain("Not assessed yet");
        var trend = await client.GetDocumentAsync($"/Organizations/{organizationId}");
        trend.QuerySelectorAll("svg.chart").Should().NotBeEmpty("two rounds draw a trend");
    }

    /// <summary>Moved from the data tests (which now seed their own sample): the demo seed keeps the response tallies right.</summary>
    [Fact]
    public async Task SaveChanges_DemoSeed_TalliesMatchTheRows()
    {
        using var app = NewApp(keep: false);

        var (tallies, recount) = await app.WithDbAsync(async db =>
        {
            var id = await db.Assessments.Where(a => a.Title == DemoSeeder.AssessmentTitle).Select(a => a.Id).SingleAsync();
            var stored = await db.ResponseTallies.Where(t => t.AssessmentId == id && t.Count != 0)
                .ToDictionaryAsync(t => (t.Department, t.Role, t.Item, t.Value), t => t.Count);
            var rows = await db.Responses.AsNoTracking().Where(r => r.AssessmentId == id).ToListAsync();
            var counted = rows.SelectMany(r => new[] { (r.Department, r.Role, Item: ResponseTally.TotalItem, Value: r.Total) }
                    .Concat(Enumerable.Range(1, 20).Select(s => (r.Department, r.Role, Item: (short)s, Value: (short)r.Answer(s)))))
                .GroupBy(i => i).ToDictionary(g => g.Key, g => (long)g.Count());
            return (stored, counted);
        });

        tallies.Should().BeEquivalentTo(recount);
        tallies.Where(t => t.Key.Item3 == ResponseTally.TotalItem).Sum(t => t.Value).Should().Be(DemoSeeder.SalesResponses + DemoSeeder.MarketingResponses);
    }

    [Fact]
    public void DemoResponses_SameSeed_SameAnswersEveryTime()
    {
        var first = DemoSeeder.DemoResponses(new DateOnly(2026, 3, 1));
        var second = DemoSeeder.DemoResponses(new DateOnly(2026, 3, 1));

        first.Select(r => r.ToSurveyAnswers()).Should().Equal(second.Select(r => r.ToSurveyAnswers()));
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
