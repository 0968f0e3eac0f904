using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Tests.Infrastructure;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Tests.Responses;

public class SurveyResponseWriterTests : IAsyncLifetime
{
    private readonly TestDatabase _database;

    public SurveyResponseWriterTests()
        : this(DatabaseOptions.Sqlite)
    {
    }

    protected SurveyResponseWriterTests(string provider) => _database = new TestDatabase(provider);

    private SurveyResponseWriter Writer => _database.Services.GetRequiredService<SurveyResponseWriter>();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static NewResponse Submission(int assessmentId, Guid key, int answer = 3) =>
        new(assessmentId, Department.Sales, RespondentRole.Staff, SurveyAnswers.Create(Enumerable.Repeat(answer, 20).ToArray()), key);

    [Fact]
    public async Task SubmitAsync_Burst_CommitsInFewTransactionsAndStoresAll()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var before = Writer.CommittedBatches;

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Writer.SubmitAsync(Submission(assessment.Id, Guid.NewGuid(), 1 + i % 5))));

        results.Should().OnlyContain(r => r.Outcome == SubmissionOutcome.Stored && r.ResponseId != null);
        (Writer.CommittedBatches - before).Should().BeLessThan(50, "waiting submissions share one commit");
        (await _database.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessment.Id))).Should().Be(100);
    }

    [Fact]
    public async Task SubmitAsync_SameKeyTwiceInOneBurst_StoresOnceAndAnswersBothWithSameId()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var key = Guid.NewGuid();

        var results = await Task.WhenAll(Writer.SubmitAsync(Submission(assessment.Id, key)), Writer.SubmitAsync(Submission(assessment.Id, key)));

        results.Select(r => r.Outcome).Should().BeEquivalentTo([SubmissionOutcome.Stored, SubmissionOutcome.AlreadyStored]);
        results[0].ResponseId.Should().Be(results[1].ResponseId);
        results.Should().OnlyContain(r => r.Total == 60);
        (await _database.WithDbAsync(db => db.Responses.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task SubmitAsync_ClosedOrUnknownAssessment_StoresNothing()
    {
        var closed = await _database.CreateAssessmentAsync("Closed", AssessmentStatus.Closed);

        var toClosed = await Writer.SubmitAsync(Submission(closed.Id, Guid.NewGuid()));
        var toUnknown = await Writer.SubmitAsync(Submission(987654, Guid.NewGuid()));

        toClosed.Outcome.Should().Be(SubmissionOutcome.AssessmentClosed);
        toUnknown.Outcome.Should().Be(SubmissionOutcome.AssessmentNotFound);
        (await _database.WithDbAsync(db => db.Responses.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task SubmitAsync_MixedBurst_EachCallerGetsItsOwnOutcome()
    {
        var open = await _database.CreateAssessmentAsync("Open");
        var closed = await _database.CreateAssessmentAsync("Closed", AssessmentStatus.Closed);

        var results = await Task.WhenAll(
            Writer.SubmitAsync(Submission(open.Id, Guid.NewGuid())),
            Writer.SubmitAsync(Submission(closed.Id, Guid.NewGuid())),
            Writer.SubmitAsync(Submission(open.Id, Guid.NewGuid())));

        results.Select(r => r.Outcome).Should().Equal(SubmissionOutcome.Stored, SubmissionOutcome.AssessmentClosed, SubmissionOutcome.Stored);
        (await _database.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == open.Id))).Should().Be(2);
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SurveyResponseWriterPostgresTests() : SurveyResponseWriterTests(DatabaseOptions.Postgres);
