using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>The app started on an empty file; one start for the class, the database restored before each test.</summary>
public sealed class DatabaseStartupTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    [Fact]
    public async Task Startup_EmptyDatabase_AppliesEveryMigrationAndModelHasNoPendingChanges()
    {
        _ = _app.Server;
        File.Exists(_app.DatabasePath).Should().BeTrue();

        var (pending, applied, modelChanged) = await _app.WithDbAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync()).ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.HasPendingModelChanges()));

        pending.Should().BeEmpty();
        applied.Should().ContainMatch("*_InitialCreate");
        modelChanged.Should().BeFalse("the committed migrations must match the model: run dotnet ef migrations add <Name> --project src/SalesMarketingAlignment.Data");
    }

    [Fact]
    public async Task Startup_Sqlite_UsesWalAndSynchronousFull()
    {
        _ = _app.Server;
        var (journal, synchronous) = await _app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                var connection = db.Database.GetDbConnection();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode;";
                var journalMode = (string)(await command.ExecuteScalarAsync())!;
                command.CommandText = "PRAGMA synchronous;";
                var sync = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                return (journalMode, sync);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        journal.Should().Be("wal");
        synchronous.Should().Be(2, "2 is FULL");
    }

    [Fact]
    public async Task Healthz_DatabaseWorks_Returns200()
    {
        var response = await _app.CreateBrowser().GetAsync("/healthz");

        response.ShouldBeJson(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Healthy");
    }

    [Fact]
    public async Task Healthz_DatabaseTablesMissing_Returns503()
    {
        var client = _app.CreateBrowser();
        await _app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"Responses\"; DROP TABLE \"SurveyLinks\"; DROP TABLE \"AssessmentConditions\"; DROP TABLE \"Assessments\";"));

        var response = await client.GetAsync("/healthz");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
    }
}
