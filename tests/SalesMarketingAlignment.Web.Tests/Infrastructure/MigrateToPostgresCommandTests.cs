using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Tests.Shared;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

public sealed partial class MigrateToPostgresCommandTests
{
    private const string DemoPassword = "demo password 123";

    /// <summary>The dashboard's main content as an executive reads it: every figure, label and chart text.</summary>
    private static async Task<string> DashboardTextAsync(AppFactory app, int assessmentId)
    {
        using var browser = app.CreateBrowser();
        (await browser.SignInAsync(DemoSeeder.ExecutiveEmail, DemoPassword)).ShouldBeRedirect();
        var page = await browser.GetDocumentAsync($"/Assessments/{assessmentId}");
        return Whitespace().Replace(page.QuerySelector("main")!.TextContent, " ").Trim();
    }

    [Fact]
    public async Task RunAsync_DemoDatabase_CopiesEveryTableAndTheDashboardShowsTheSameFigures()
    {
        using var sqlite = new AppFactory(new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Password"] = DemoPassword });
        var id = await sqlite.WithDbAsync(db => db.Assessments.Where(a => a.Title == DemoSeeder.AssessmentTitle).Select(a => a.Id).SingleAsync());
        var before = await DashboardTextAsync(sqlite, id);
        var counts = await sqlite.WithDbAsync(async db => (Users: await db.Users.CountAsync(), Responses: await db.Responses.CountAsync(), Keys: await db.DataProtectionKeys.CountAsync()));
        var target = await TestPostgres.CreateDatabaseAsync();

        var exitCode = await MigrateToPostgresCommand.RunAsync(sqlite.Services, target);

        exitCode.Should().Be(0);
        using var postgres = AppFactory.OnPostgres(connectionString: target);
        (await postgres.WithDbAsync(async db => (Users: await db.Users.CountAsync(), Responses: await db.Responses.CountAsync(), Keys: await db.DataProtectionKeys.CountAsync())))
            .Should().Be(counts);
        before.Should().Contain(DemoSeeder.AssessmentTitle);
        (await DashboardTextAsync(postgres, id)).Should().Be(before, "moving the database changes no figure");
    }

    [Fact]
    public async Task RunAsync_TargetAlreadyHoldsData_RefusesAndLeavesItAsItWas()
    {
        using var sqlite = new AppFactory(new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Password"] = DemoPassword });
        _ = sqlite.Server;
        using var postgres = AppFactory.OnPostgres();
        var organization = await postgres.CreateAssessmentAsync("Already here");

        var act = () => MigrateToPostgresCommand.RunAsync(sqlite.Services, postgres.PostgresConnectionString!);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*already holds data*");
        (await postgres.WithDbAsync(db => db.Assessments.Select(a => a.Title).ToListAsync())).Should().Equal(organization.Title);
    }

    [Fact]
    public void TakeOption_ConnectionStringFollows_TakesBothAndKeepsTheRest()
    {
        var (target, rest) = MigrateToPostgresCommand.TakeOption(["--urls", "http://x", "--migrate-to-postgres", "Host=db;Database=a", "--demo"]);

        target.Should().Be("Host=db;Database=a");
        rest.Should().Equal("--urls", "http://x", "--demo");
    }

    [Fact]
    public void TakeOption_NoConnectionString_FailsNamingTheOption()
    {
        var act = () => MigrateToPostgresCommand.TakeOption(["--migrate-to-postgres"]);

        act.Should().Throw<ArgumentException>().WithMessage("*--migrate-to-postgres needs the PostgreSQL connection string*");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
