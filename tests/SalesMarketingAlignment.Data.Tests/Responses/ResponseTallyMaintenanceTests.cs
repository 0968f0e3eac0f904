using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Data.Tests.Infrastructure;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Tests.Responses;

/// <summary>The running tallies always equal a recount of the response rows, whichever way the rows are written.</summary>
public class ResponseTallyMaintenanceTests : IAsyncLifetime
{
    private const int SampleResponses = SampleAssessment.SalesResponses + SampleAssessment.MarketingResponses;

    private readonly TestDatabase _database;

    public ResponseTallyMaintenanceTests()
        : this(DatabaseOptions.Sqlite)
    {
    }

    protected ResponseTallyMaintenanceTests(string provider) => _database = new TestDatabase(provider);

    private int _sampleAssessmentId;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _sampleAssessmentId = await SampleAssessment.SeedAsync(_database);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private SurveyResponseWriter Writer => _database.Services.GetRequiredService<SurveyResponseWriter>();

    /// <summary>Tallies as the database holds them, zero rows left out.</summary>
    private static async Task<Dictionary<(Department, RespondentRole, short, short), long>> TalliesAsync(AlignmentDbContext db, int assessmentId) =>
        await db.ResponseTallies.Where(t => t.AssessmentId == assessmentId && t.Count != 0)
            .ToDictionaryAsync(t => (t.Department, t.Role, t.Item, t.Value), t => t.Count);

    /// <summary>The same tallies counted by hand from the rows.</summary>
    private static async Task<Dictionary<(Department, RespondentRole, short, short), long>> RecountAsync(AlignmentDbContext db, int assessmentId)
    {
        var rows = await db.Responses.AsNoTracking().Where(r => r.AssessmentId == assessmentId).ToListAsync();
        var items = rows.SelectMany(r => new[] { (r.Department, r.Role, Item: ResponseTally.TotalItem, Value: r.Total) }
            .Concat(Enumerable.Range(1, 20).Select(s => (r.Department, r.Role, Item: (short)s, Value: (short)r.Answer(s)))));
        return items.GroupBy(i => i).ToDictionary(g => g.Key, g => (long)g.Count());
    }

    private async Task TalliesShouldMatchRowsAsync(int assessmentId, int expectedResponses)
    {
        var (tallies, recount) = await _database.WithDbAsync(async db => (await TalliesAsync(db, assessmentId), await RecountAsync(db, assessmentId)));
        tallies.Should().BeEquivalentTo(recount);
        tallies.Where(t => t.Key.Item3 == ResponseTally.TotalItem).Sum(t => t.Value).Should().Be(expectedResponses);
    }

    /// <summary>An INSERT of one response straight into the table, past the DbContext (as a bulk import or an old version would).</summary>
    private static readonly string RawInsert =
        "INSERT INTO \"Responses\" (\"AssessmentId\", \"Department\", \"Role\", \"SubmittedOn\", \"SubmissionKey\", \"Total\", " +
        string.Join(", ", Enumerable.Range(1, 20).Select(s => $"\"{Response.AnswerColumn(s)}\"")) + ") VALUES (" +
        string.Join(", ", Enumerable.Range(0, 26).Select(i => $"{{{i}}}")) + ")";

    /// <summary>The values as each provider stores them: SQLite keeps dates and keys as text, PostgreSQL as date and uuid.</summary>
    private static object[] RawInsertValues(int assessmentId, Department department, RespondentRole role, int[] answers, bool postgres = false) =>
        [assessmentId, (int)department, (int)role,
            postgres ? new DateOnly(2026, 2, 2) : "2026-02-02",
            postgres ? Guid.NewGuid() : Guid.NewGuid().ToString().ToUpperInvariant(),
            postgres ? (short)answers.Sum() : answers.Sum(),
            .. answers.Select(a => postgres ? (short)a : (object)a)];

    private static Response NewRow(int assessmentId, Department department, RespondentRole role, int[] answers)
    {
        var row = new Response { AssessmentId = assessmentId, Department = department, Role = role, SubmittedOn = new DateOnly(2026, 2, 1), SubmissionKey = Guid.NewGuid() };
        row.SetAnswers(SurveyAnswers.Create(answers));
        return row;
    }

    [Fact]
    public async Task SaveChanges_AssessmentAddedWithItsResponses_TalliesMatchTheRows()
    {
        var id = _sampleAssessmentId;

        await TalliesShouldMatchRowsAsync(id, SampleResponses);
    }

    [Fact]
    public async Task SubmitAsync_ConcurrentBurstWithDuplicates_TalliesMatchTheRowsAndTheCounts()
    {
        var assessment = await _database.CreateAssessmentAsync("Burst Org");
        var random = new Random(42);
        var submissions = Enumerable.Range(0, 120).Select(i => new NewResponse(
            assessment.Id,
            i % 3 == 0 ? Department.Marketing : Department.Sales,
            i % 10 == 0 ? RespondentRole.Head : RespondentRole.Staff,
            SurveyAnswers.Create(Enumerable.Range(0, 20).Select(_ => random.Next(1, 6)).ToArray()),
            Guid.NewGuid())).ToList();
        // Every tenth submission is sent twice (a double click): it must be counted once.
        submissions.AddRange(submissions.Where((_, i) => i % 10 == 5).ToList());

        var results = await Task.WhenAll(submissions.Select(s => Writer.SubmitAsync(s)));

        results.Count(r => r.Outcome == SubmissionOutcome.Stored).Should().Be(120);
        await TalliesShouldMatchRowsAsync(assessment.Id, 120);
        var counts = await _database.WithDbAsync(db => db.LoadCountsAsync(assessment.Id));
        var distinct = submissions.DistinctBy(s => s.SubmissionKey).ToList();
        foreach (var department in Enum.GetValues<Department>())
        {
            var expected = ResponseCounts.FromAnswers(distinct.Where(s => s.Department == department).Select(s => s.Answers));
            var actual = counts.For(department);
            actual.Count.Should().Be(expected.Count);
            GroupFigures.From(actual).MeanTotal.Should().Be(GroupFigures.From(expected).MeanTotal);
        }
    }

    [Fact]
    public async Task SubmitAsync_ConcurrentSubmittersRetrying_EveryStoredAnswerIsExactlyOneRowAndTalliesEqualARecount()
    {
        var assessment = await _database.CreateAssessmentAsync("Concurrent Org");
        var keys = Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()).ToArray();

        // Eight clients at once; each sends its share, and every key is sent twice by different clients (a retry
        // racing the first attempt), some in the same batch, some in later ones.
        var clients = Enumerable.Range(0, 8).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            var answered = new List<(Guid Key, SubmissionResult Result)>();
            foreach (var key in keys.Where((_, i) => i % 8 == client || (i + 3) % 8 == client))
            {
                var seed = key.GetHashCode();
                var answers = SurveyAnswers.Create(Enumerable.Range(0, 20).Select(s => 1 + Math.Abs((seed >> (s % 28)) % 5)).ToArray());
                var response = new NewResponse(assessment.Id, seed % 2 == 0 ? Department.Sales : Department.Marketing,
                    seed % 7 == 0 ? RespondentRole.Head : RespondentRole.Staff, answers, key);
                answered.Add((key, await Writer.SubmitAsync(response)));
                await Task.Delay(random.Next(0, 2));
            }

            return answered;
        })).ToList();
        var answers = (await Task.WhenAll(clients)).SelectMany(a => a).ToList();

        var stored = answers.Where(a => a.Result.Outcome == SubmissionOutcome.Stored).ToList();
        stored.Select(a => a.Key).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(keys, "each key is stored by exactly one of its two sends");
        answers.Where(a => a.Result.Outcome != SubmissionOutcome.Stored).Should().OnlyContain(a => a.Result.Outcome == SubmissionOutcome.AlreadyStored);
        var rows = await _database.WithDbAsync(db => db.Responses.AsNoTracking().Where(r => r.AssessmentId == assessment.Id)
            .Select(r => new { r.Id, r.SubmissionKey, r.Total }).ToListAsync());
        rows.Should().HaveCount(keys.Length);
        foreach (var (key, result) in answers)
        {
            rows.Should().ContainSingle(r => r.Id == result.ResponseId).Which.Should().Be(new { Id = result.ResponseId!.Value, SubmissionKey = key, Total = (short)result.Total!.Value });
        }

        await TalliesShouldMatchRowsAsync(assessment.Id, keys.Length);
    }

    [Fact]
    public async Task SaveChanges_DeleteResponsesStoredByTheWriter_DecrementsTheTallies()
    {
        var assessment = await _database.CreateAssessmentAsync("Writer Org");
        var random = new Random(7);
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Writer.SubmitAsync(new NewResponse(
            assessment.Id, i % 2 == 0 ? Department.Sales : Department.Marketing, RespondentRole.Staff,
            SurveyAnswers.Create(Enumerable.Range(0, 20).Select(_ => random.Next(1, 6)).ToArray()), Guid.NewGuid()))));

        await _database.WithDbAsync(async db =>
        {
            // The writer stores rows with its own SQL; removing them is an ordinary EF change (an exclusion, a clean-up).
            var rows = await db.Responses.Where(r => r.AssessmentId == assessment.Id).OrderBy(r => r.Id).Take(4).ToListAsync();
            db.Responses.RemoveRange(rows);
            return await db.SaveChangesAsync();
        });

        await TalliesShouldMatchRowsAsync(assessment.Id, 26);
    }

    [Fact]
    public async Task SaveChanges_DeleteAndChangeResponses_TalliesFollow()
    {
        var id = _sampleAssessmentId;

        await _database.WithDbAsync(async db =>
        {
            var rows = await db.Responses.Where(r => r.AssessmentId == id).OrderBy(r => r.Id).Take(3).ToListAsync();
            db.Responses.Remove(rows[0]);
            rows[1].SetAnswers(SurveyAnswers.Create(Enumerable.Repeat(5, 20).ToArray()));
            rows[2].Department = rows[2].Department == Department.Sales ? Department.Marketing : Department.Sales;
            return await db.SaveChangesAsync();
        });

        await TalliesShouldMatchRowsAsync(id, SampleResponses - 1);
    }

    [Fact]
    public async Task SaveChanges_Synchronous_KeepsTheTalliesToo()
    {
        var id = _sampleAssessmentId;

        using (var scope = _database.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
            db.Responses.Add(NewRow(id, Department.Marketing, RespondentRole.Staff, Enumerable.Repeat(2, 20).ToArray()));
            db.SaveChanges();
        }

        await TalliesShouldMatchRowsAsync(id, SampleResponses + 1);
    }

    [Fact]
    public async Task SaveChanges_InvalidRow_RollsBackRowsAndTalliesAlike()
    {
        var id = _sampleAssessmentId;
        var before = await _database.WithDbAsync(db => TalliesAsync(db, id));
        var valid = NewRow(id, Department.Sales, RespondentRole.Staff, Enumerable.Repeat(4, 20).ToArray());
        var invalid = NewRow(id, Department.Sales, RespondentRole.Staff, Enumerable.Repeat(4, 20).ToArray());
        invalid.A03 = 6;

        var act = () => _database.WithDbAsync(async db =>
        {
            db.Responses.AddRange(valid, invalid);
            return await db.SaveChangesAsync();
        });

        await act.Should().ThrowAsync<DbUpdateException>("the database refuses an answer outside 1-5");
        (await _database.WithDbAsync(db => TalliesAsync(db, id))).Should().BeEquivalentTo(before);
        await TalliesShouldMatchRowsAsync(id, SampleResponses);
    }

    [Fact]
    public async Task SaveChanges_AssessmentDeletedWithItsResponses_RemovesItsTallies()
    {
        var id = _sampleAssessmentId;

        await _database.WithDbAsync(async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Responses).SingleAsync(a => a.Id == id);
            db.Assessments.Remove(assessment);
            return await db.SaveChangesAsync();
        });

        (await _database.WithDbAsync(db => db.ResponseTallies.CountAsync(t => t.AssessmentId == id))).Should().Be(0);
    }

    [Fact]
    public async Task RebuildAsync_RowsWrittenBehindTheContextsBack_CountsThemAndLeavesOtherAssessments()
    {
        var id = _sampleAssessmentId;
        var other = await _database.CreateAssessmentAsync("Other Org");
        await Writer.SubmitAsync(new NewResponse(other.Id, Department.Sales, RespondentRole.Staff, SurveyAnswers.Create(Enumerable.Repeat(3, 20).ToArray()), Guid.NewGuid()));
        var otherBefore = await _database.WithDbAsync(db => TalliesAsync(db, other.Id));
        // Rows the tallies do not know about, and a tally that is wrong.
        await _database.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(RawInsert, RawInsertValues(id, Department.Sales, RespondentRole.Staff, Enumerable.Repeat(5, 20).ToArray(), _database.IsPostgres)));
        await _database.WithDbAsync(db => db.ResponseTallies.Where(t => t.AssessmentId == id && t.Item == 7).ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, 999L)));

        await _database.WithDbAsync(async db =>
        {
            await db.RebuildAsync(id);
            return 0;
        });

        await TalliesShouldMatchRowsAsync(id, SampleResponses + 1);
        (await _database.WithDbAsync(db => TalliesAsync(db, other.Id))).Should().BeEquivalentTo(otherBefore);
    }

    [Fact]
    public async Task LoadCountsAsync_TalliesOutOfStepWithEachOther_FailsLoudlyInsteadOfShowingSkewedFigures()
    {
        var id = _sampleAssessmentId;
        await _database.WithDbAsync(db => db.ResponseTallies
            .Where(t => t.AssessmentId == id && t.Item == 4 && t.Department == Department.Sales && t.Role == RespondentRole.Staff)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, t => t.Count + 1)));

        var act = () => _database.WithDbAsync(db => db.LoadCountsAsync(id));

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Migration_ResponsesStoredBeforeTheTallies_AreCountedByTheBackfill()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sma-backfill-{Guid.NewGuid():N}.db");
        try
        {
            using var services = new ServiceCollection().AddLogging()
                .AddAlignmentData(DatabaseOptions.Sqlite, _ => $"Data Source={path}").BuildServiceProvider();
            int id;
            using (var scope = services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
                // The schema as it was before the tallies, with responses in it.
                await db.GetService<IMigrator>().MigrateAsync("20261123000945_ResponsesIndexWithTotal");
                await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Organizations\" (\"Name\", \"CreatedOn\") VALUES ('Old Org', '2026-01-05')");
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"Assessments\" (\"OrganizationId\", \"Title\", \"Status\", \"CreatedOn\", \"CreatedBy\", \"MinimumGroupSize\") VALUES (1, 'Old round', 1, '2026-01-05', 'seed', 3)");
                id = 1;
                var random = new Random(7);
                for (var i = 0; i < 25; i++)
                {
                    var answers = Enumerable.Range(0, 20).Select(_ => random.Next(1, 6)).ToArray();
                    var role = i % 5 == 0 ? RespondentRole.Head : RespondentRole.Staff;
                    await db.Database.ExecuteSqlRawAsync(RawInsert, RawInsertValues(id, i % 2 == 0 ? Department.Sales : Department.Marketing, role, answers));
                }
            }

            using (var scope = services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
                await db.MigrateAlignmentDatabaseAsync();

                (await TalliesAsync(db, id)).Should().BeEquivalentTo(await RecountAsync(db, id));
                (await db.ResponseTallies.Where(t => t.Item == ResponseTally.TotalItem).SumAsync(t => t.Count)).Should().Be(25);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ResponseTallyMaintenancePostgresTests() : ResponseTallyMaintenanceTests(DatabaseOptions.Postgres);
