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
        var (organizations, responses) = await second.WithDbAsync(async db =>
            (await db.Organizations.CountAsync(o => o.Name == DemoSeeder.OrganizationName), await db.Responses.CountAsync()));
        organizations.Should().Be(1);
        responses.Should().Be(20);

        var client = second.CreateBrowser();
        var signIn = await client.SignInAsync(DemoSeeder.ExecutiveEmail, DemoPassword);
        signIn.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        var organizationsPage = await client.GetDocumentAsync("/Organizations");
        organizationsPage.Text("main").Should().Contain(DemoSeeder.OrganizationName);
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
