using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Tests.Infrastructure;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Tests.Responses;

/// <summary>
/// Two app instances (each with its own services, pool and group-committing writer) on one PostgreSQL database: what
/// one writes the other respects.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new(DatabaseOptions.Postgres);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static NewResponse Submission(int assessmentId, Guid key, int seed)
    {
        var answers = Enumerable.Range(0, 20).Select(i => 1 + ((seed + i * 7) % 5)).ToArray();
        return new NewResponse(assessmentId, seed % 2 == 0 ? Department.Sales : Department.Marketing, seed % 3 == 0 ? RespondentRole.Head : RespondentRole.Staff,
            SurveyAnswers.Create(answers), key);
    }

    [Fact]
    public async Task SubmitAsync_SameKeysThroughTwoInstancesAtOnce_StoresEachOnceAndTalliesEqualARecount()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var first = _database.Services.GetRequiredService<SurveyResponseWriter>();
        var second = (await _database.StartInstanceAsync()).GetRequiredService<SurveyResponseWriter>();
        var keys = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToArray();

        // Every key goes to both instances at once, as a retry through another instance would.
        var results = await Task.WhenAll(keys.SelectMany((key, i) => new[]
        {
            first.SubmitAsync(Submission(assessment.Id, key, i)),
            second.SubmitAsync(Submission(assessment.Id, key, i)),
        }));

        results.Should().OnlyContain(r => r.Outcome == SubmissionOutcome.Stored || r.Outcome == SubmissionOutcome.AlreadyStored);
        results.Count(r => r.Outcome == SubmissionOutcome.Stored).Should().Be(keys.Length, "each key is stored by exactly one instance");
        var (rows, tallies, recount) = await _database.WithDbAsync(async db =>
        {
            var stored = await db.Responses.AsNoTracking().Where(r => r.AssessmentId == assessment.Id).ToListAsync();
            var counted = await db.ResponseTallies.Where(t => t.AssessmentId == assessment.Id && t.Count != 0)
                .ToDictionaryAsync(t => (t.Department, t.Role, t.Item, t.Value), t => t.Count);
            var expected = stored
                .SelectMany(r => Enumerable.Range(1, 20).Select(s => (r.Department, r.Role, Item: (short)s, Value: (short)r.Answer(s)))
                    .Append((r.Department, r.Role, ResponseTally.TotalItem, r.Total)))
                .GroupBy(k => k).ToDictionary(g => g.Key, g => (long)g.Count());
            return (stored, counted, expected);
        });
        rows.Select(r => r.SubmissionKey).Should().BeEquivalentTo(keys);
        tallies.Should().BeEquivalentTo(recount);
    }

    [Fact]
    public async Task SubmitAsync_CloseInProgressOnAnotherInstance_WaitsForItAndRefuses()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var writer = (await _database.StartInstanceAsync()).GetRequiredService<SurveyResponseWriter>();
        // Warm: the first submission of an instance builds the model and opens connections, which alone can take
        // longer than the wait below on a busy machine.
        var other = await _database.CreateAssessmentAsync("Other");
        (await writer.SubmitAsync(Submission(other.Id, Guid.NewGuid(), 2))).Outcome.Should().Be(SubmissionOutcome.Stored);

        // Another instance is closing the assessment: its transaction has changed the row but not committed yet.
        using var scope = _database.Services.CreateScope();
        var closing = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        await using var transaction = await closing.Database.BeginTransactionAsync();
        await closing.Assessments.Where(a => a.Id == assessment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssessmentStatus.Closed));

        var submission = writer.SubmitAsync(Submission(assessment.Id, Guid.NewGuid(), 1));
        await Task.Delay(500);
        submission.IsCompleted.Should().BeFalse("the writer waits for the close in progress instead of reading the old status");
        await transaction.CommitAsync();

        (await submission.WaitAsync(TimeSpan.FromSeconds(30))).Outcome.Should().Be(SubmissionOutcome.AssessmentClosed);
        (await _database.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessment.Id))).Should().Be(0);
    }
}
