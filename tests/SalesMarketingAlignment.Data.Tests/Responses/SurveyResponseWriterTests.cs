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
    public async Task SubmitAsync_ClosingDatePassed_RefusedLikeClosedButTheLastDayStillStores()
    {
        // The writer's own status read must see the closing date: the link caches of the web layer may be seconds old.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var passed = await _database.CreateAssessmentAsync("Passed");
        var lastDay = await _database.CreateAssessmentAsync("Last day");
        await _database.WithDbAsync(db => db.Assessments.Where(a => a.Id == passed.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.ClosesOn, today.AddDays(-1))));
        await _database.WithDbAsync(db => db.Assessments.Where(a => a.Id == lastDay.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.ClosesOn, today)));

        var results = await Task.WhenAll(Writer.SubmitAsync(Submission(passed.Id, Guid.NewGuid())), Writer.SubmitAsync(Submission(lastDay.Id, Guid.NewGuid())));

        results.Select(r => r.Outcome).Should().Equal(SubmissionOutcome.AssessmentClosed, SubmissionOutcome.Stored);
        (await _database.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == passed.Id))).Should().Be(0);
        (await _database.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == lastDay.Id))).Should().Be(1);
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

    [Fact]
    public async Task SubmitAsync_OneAfterAnother_IdsArePositiveRandomAndNotInSubmissionOrder()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var ids = new List<long>();

        for (var i = 0; i < 40; i++)
        {
            ids.Add((await Writer.SubmitAsync(Submission(assessment.Id, Guid.NewGuid()))).ResponseId!.Value);
        }

        ids.Should().OnlyContain(id => id > 0).And.OnlyHaveUniqueItems();
        ids.Should().NotBeInAscendingOrder("an id must not tell who answered first").And.NotBeInDescendingOrder();
        ids.Should().Contain(id => id > 1L << 40, "ids are drawn from the whole positive 63-bit range, not counted up");
        var stored = await _database.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessment.Id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        stored.Should().BeEquivalentTo(ids);
    }

    [Fact]
    public async Task SubmitAsync_StoredRow_ReadsBackThroughEfWithItsKeyDayAndAnswers()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var key = Guid.NewGuid();
        var answers = SurveyAnswers.Create(Enumerable.Range(0, 20).Select(i => 1 + (i % 5)).ToArray());

        var result = await Writer.SubmitAsync(new NewResponse(assessment.Id, Department.Marketing, RespondentRole.Head, answers, key));

        // EF queries the key as it maps GUIDs: the row written with the writer's own SQL must match that form.
        var row = await _database.WithDbAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.AssessmentId == assessment.Id && r.SubmissionKey == key));
        row.Id.Should().Be(result.ResponseId);
        row.Department.Should().Be(Department.Marketing);
        row.Role.Should().Be(RespondentRole.Head);
        row.SubmittedOn.Should().Be(DateOnly.FromDateTime(DateTime.UtcNow.Date));
        row.ToSurveyAnswers().Should().Be(answers);
        row.Total.Should().Be((short)answers.Total);
        result.Total.Should().Be(answers.Total);
    }

    [Fact]
    public async Task SubmitAsync_RetryAfterClosing_AnswersAlreadyStoredWithTheSameId()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var key = Guid.NewGuid();
        var first = await Writer.SubmitAsync(Submission(assessment.Id, key));
        await _database.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessment.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, AssessmentStatus.Closed)));

        var retry = await Writer.SubmitAsync(Submission(assessment.Id, key));
        var fresh = await Writer.SubmitAsync(Submission(assessment.Id, Guid.NewGuid()));

        retry.Should().Be(first with { Outcome = SubmissionOutcome.AlreadyStored });
        fresh.Outcome.Should().Be(SubmissionOutcome.AssessmentClosed);
        (await _database.WithDbAsync(db => db.Responses.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task SubmitAsync_SameKeyInTwoAssessments_StoresEach()
    {
        var one = await _database.CreateAssessmentAsync("One");
        var two = await _database.CreateAssessmentAsync("Two");
        var key = Guid.NewGuid();

        var results = await Task.WhenAll(Writer.SubmitAsync(Submission(one.Id, key)), Writer.SubmitAsync(Submission(two.Id, key)));

        results.Should().OnlyContain(r => r.Outcome == SubmissionOutcome.Stored);
        results[0].ResponseId.Should().NotBe(results[1].ResponseId);
    }

    [Fact]
    public async Task SaveChanges_ResponseAddedThroughEf_GetsARandomIdToo()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");

        var ids = await _database.WithDbAsync(async db =>
        {
            var rows = Enumerable.Range(0, 10).Select(_ =>
            {
                var row = new Response { AssessmentId = assessment.Id, Department = Department.Sales, Role = RespondentRole.Staff, SubmittedOn = new DateOnly(2026, 2, 1), SubmissionKey = Guid.NewGuid() };
                row.SetAnswers(SurveyAnswers.Create(Enumerable.Repeat(2, 20).ToArray()));
                return row;
            }).ToList();
            db.Responses.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });

        ids.Should().OnlyHaveUniqueItems().And.NotBeInAscendingOrder();
        ids.Should().Contain(id => id > 1L << 40);
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SurveyResponseWriterPostgresTests() : SurveyResponseWriterTests(DatabaseOptions.Postgres);
