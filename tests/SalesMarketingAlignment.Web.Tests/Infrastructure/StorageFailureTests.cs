using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Api;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>A full disk or a database locked past the timeout is the server's trouble: 503 with Retry-After, logged once.</summary>
public sealed class StorageFailureTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly FailingWrites _failing = new();
    private readonly LogCapture _logs = new();

    [Theory]
    [InlineData(13)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task ApiWrite_StorageFails_Returns503ProblemWithRetryAfter(int sqliteError)
    {
        using var host = FailingWrites.Host(_app, _failing, _logs);
        await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var client = host.CreateClient();
        var token = await ApiCalls.LoginAsync(client, "carl@a.example");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        _failing.Failure = new SqliteException("SQLite failure", sqliteError);

        var response = await client.PostAsJsonAsync("/api/v1/organizations", new { name = "Full disk Ltd" });

        await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter?.Delta.Should().Be(TimeSpan.FromSeconds(StorageFailures.RetryAfterSeconds));
        _failing.Failure = null;
        (await _app.WithDbAsync(db => db.Organizations.CountAsync())).Should().Be(0, "nothing was stored");
    }

    [Fact]
    public async Task SurveySubmit_DiskFull_Returns503AndLogsOnceWithoutTheAnswers()
    {
        using var host = FailingWrites.Host(_app, _failing, _logs);
        var assessment = await _app.CreateAssessmentAsync("Org", AssessmentStatus.Open);
        var token = assessment.Links.Single(l => l.Department == Department.Sales).Token;
        var client = host.CreateClient();
        var submissionKey = host.Services.GetRequiredService<SubmissionKeys>().Issue(token);
        _failing.Failure = FailingWrites.DiskFull();

        var response = await client.PostAsJsonAsync(
            $"/api/v1/surveys/{token}/responses", new { role = "Staff", answers = Enumerable.Repeat(3, 20), submissionKey });

        await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().NotBeNull();
        var pipelineErrors = _logs.Entries.Where(e => e.Level >= LogLevel.Error && !e.Category.Contains("SurveyResponseWriter", StringComparison.Ordinal)).ToList();
        pipelineErrors.Should().ContainSingle("the pipeline logs the failure once; EF's own error entries are turned down")
            .Which.Message.Should().Contain("13");
        _logs.Entries.Should().NotContain(e => e.Message.Contains(submissionKey, StringComparison.Ordinal) || e.Message.Contains("[3,3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_DatabaseLocked_Returns503ErrorPage()
    {
        using var host = FailingWrites.Host(_app, _failing, _logs);
        var assessment = await _app.CreateAssessmentAsync("Org", AssessmentStatus.Open);
        var client = host.CreateClient();
        _failing.Matches = sql => sql.Contains("SurveyLinks", StringComparison.Ordinal);
        _failing.Failure = new SqliteException("SQLite Error 5: 'database is locked'.", 5);

        var response = await client.GetAsync($"/s/{assessment.Links.First().Token}");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        response.Headers.RetryAfter.Should().NotBeNull();
        (await response.Content.ReadAsStringAsync()).Should().Contain("<h1>");
    }

    [Fact]
    public void Find_WrappedByEf_FindsTheSqliteError()
    {
        var full = FailingWrites.DiskFull();

        StorageFailures.Find(new DbUpdateException("save failed", full)).Should().BeSameAs(full);
        StorageFailures.Find(new InvalidOperationException("outer", new InvalidOperationException("inner", full))).Should().BeSameAs(full);
        StorageFailures.Find(new SqliteException("busy snapshot", 5, 517)).Should().NotBeNull();
    }

    [Fact]
    public void Find_OtherSqliteErrors_AreNotStorageFailures()
    {
        StorageFailures.Find(new DbUpdateException("constraint", new SqliteException("UNIQUE constraint failed", 19))).Should().BeNull();
        StorageFailures.Find(new InvalidOperationException("no database")).Should().BeNull();
    }

    public void Dispose() => _app.Dispose();
}
