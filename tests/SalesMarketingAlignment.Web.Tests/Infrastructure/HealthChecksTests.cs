using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Sqlite;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>/healthz: the framework's health checks with a real, rolled-back write through the SQLite write gate.</summary>
public sealed class HealthChecksTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly FailingWrites _failing = new();
    private readonly LogCapture _logs = new();

    [Fact]
    public async Task Healthz_DatabaseWritable_Returns200HealthyAndLeavesNothing()
    {
        var response = await _app.CreateBrowser().GetAsync("/healthz");

        response.ShouldBeJson(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"status":"Healthy"}""");
        var leftovers = await _app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE name LIKE '%HealthCheck%'").ToListAsync());
        leftovers.Should().BeEmpty("the write is rolled back");
        _app.Services.GetRequiredService<SqliteWriteGate>().IsHeld.Should().BeFalse();
    }

    [Theory]
    [InlineData(13)]
    [InlineData(5)]
    public async Task Healthz_WriteFails_Returns503Unhealthy(int sqliteError)
    {
        using var host = FailingWrites.Host(_app, _failing, _logs);
        var client = host.CreateClient();
        _failing.Failure = new Microsoft.Data.Sqlite.SqliteException("SQLite failure", sqliteError);

        var response = await client.GetAsync("/healthz");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().NotBeNull("a monitor or proxy may retry after it, as for any storage failure");
    }

    [Fact]
    public async Task Healthz_WaitsForTheWriteGateInsteadOfRacingTheWriter()
    {
        var client = _app.CreateBrowser();
        var gate = _app.Services.GetRequiredService<SqliteWriteGate>();
        Task<HttpResponseMessage> check;
        using (await gate.EnterAsync())
        {
            check = client.GetAsync("/healthz");
            await Task.Delay(300);
            check.IsCompleted.Should().BeFalse("the check's write waits for the writer holding the gate");
        }

        (await check).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public void Dispose() => _app.Dispose();
}
