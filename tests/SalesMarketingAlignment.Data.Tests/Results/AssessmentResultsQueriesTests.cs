using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Data.Tests.Infrastructure;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Tests.Results;

/// <summary>Results read through aggregate queries equal the domain's figures computed from the raw answers.</summary>
public class AssessmentResultsQueriesTests : IAsyncLifetime
{
    private readonly TestDatabase _database;

    public AssessmentResultsQueriesTests()
        : this(DatabaseOptions.Sqlite)
    {
    }

    protected AssessmentResultsQueriesTests(string provider) => _database = new TestDatabase(provider);

    private int _sampleAssessmentId;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _sampleAssessmentId = await SampleAssessment.SeedAsync(_database);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private static SurveyAnswers AnswersOf(Response r) =>
        SurveyAnswers.Create(Enumerable.Range(1, 20).Select(r.Answer).ToArray());

    [Fact]
    public async Task LoadSnapshotAsync_SampleData_EqualsDomainFiguresFromRows()
    {
        var id = _sampleAssessmentId;
        var rows = await _database.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == id).ToListAsync());
        var expected = AssessmentResults.Compute(
            ResponseCounts.FromAnswers(rows.Where(r => r.Department == Department.Sales).Select(AnswersOf)),
            ResponseCounts.FromAnswers(rows.Where(r => r.Department == Department.Marketing).Select(AnswersOf)),
            AnonymityRule.Default);

        var snapshot = await _database.WithDbAsync(db => db.LoadSnapshotAsync(id));

        snapshot.Should().NotBeNull();
        snapshot!.OrganizationName.Should().Be(SampleAssessment.OrganizationName);
        snapshot.Results.SalesResponses.Should().Be(SampleAssessment.SalesResponses);
        snapshot.Results.MarketingResponses.Should().Be(SampleAssessment.MarketingResponses);
        snapshot.Results.Sales!.MeanTotal.Should().Be(expected.Sales!.MeanTotal);
        snapshot.Results.Marketing!.MeanTotal.Should().Be(expected.Marketing!.MeanTotal);
        snapshot.Results.Sales.Statements.Select(s => s.Mean).Should().Equal(expected.Sales.Statements.Select(s => s.Mean));
        snapshot.Results.Overall.Should().Be(expected.Overall);
        snapshot.Results.Comparison!.Welch.Should().Be(expected.Comparison!.Welch);
        snapshot.Counts.For(Department.Sales, RespondentRole.Head).Count
            .Should().Be(rows.Count(r => r.Department == Department.Sales && r.Role == RespondentRole.Head));
    }

    [Fact]
    public async Task LoadSnapshotAsync_DepartmentBelowMinimum_IsWithheld()
    {
        var assessment = await _database.CreateAssessmentAsync("Small Org");
        var sample = SampleAssessment.Responses(new DateOnly(2026, 3, 1));
        await _database.WithDbAsync(async db =>
        {
            foreach (var r in sample.Where(r => r.Department == Department.Sales).Take(4).Concat(sample.Where(r => r.Department == Department.Marketing).Take(2)))
            {
                r.Id = 0;
                r.AssessmentId = assessment.Id;
                r.SubmissionKey = Guid.NewGuid();
                db.Responses.Add(r);
            }

            return await db.SaveChangesAsync();
        });

        var snapshot = await _database.WithDbAsync(db => db.LoadSnapshotAsync(assessment.Id));

        snapshot!.Results.Sales.Should().NotBeNull();
        snapshot.Results.Marketing.Should().BeNull();
        snapshot.Results.MarketingResponses.Should().Be(2);
        snapshot.Results.Overall.Should().BeNull();
        snapshot.Results.IsWithheld(WithheldItem.Gap).Should().BeTrue();
    }

    [Fact]
    public async Task LoadSnapshotAsync_UnknownAssessment_ReturnsNull() =>
        (await _database.WithDbAsync(db => db.LoadSnapshotAsync(int.MaxValue))).Should().BeNull();

    [Fact]
    public async Task LoadTrendAsync_SampleOrganization_HasTheDepartmentMeans()
    {
        var id = _sampleAssessmentId;
        var organizationId = await _database.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.OrganizationId).SingleAsync());
        var rows = await _database.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == id).ToListAsync());

        var trend = await _database.WithDbAsync(db => db.LoadTrendAsync(organizationId, readerRunsAssessments: true));

        var round = trend.Should().ContainSingle(t => t.AssessmentId == id).Subject;
        round.SalesMean.Should().Be((decimal)rows.Where(r => r.Department == Department.Sales).Sum(r => r.Total) / SampleAssessment.SalesResponses);
        round.MarketingMean.Should().Be((decimal)rows.Where(r => r.Department == Department.Marketing).Sum(r => r.Total) / SampleAssessment.MarketingResponses);
    }

    [Fact]
    public async Task LoadTrendAsync_GroupsAtAndBelowTheMinimumAndAMidpointMean_ShowsWhatTheResultsShow()
    {
        // Round 1 (minimum 3): Sales 20 responses with a mean of 59.95 (shown 60.0, Aligned; 59.9 would be Defined),
        // Marketing exactly 3 (shown). Round 2 (minimum 4): Sales 3 (below, withheld), Marketing 4 heads and staff (shown).
        var first = await _database.CreateAssessmentAsync("Trend Org");
        var second = await _database.WithDbAsync(async db =>
        {
            var assessment = new Assessment
            {
                OrganizationId = first.OrganizationId,
                Title = "Second round",
                MinimumGroupSize = 4,
                CreatedOn = new DateOnly(2026, 6, 1),
                CreatedBy = "seed",
            };
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment;
        });
        await AddResponsesAsync(first.Id, Department.Sales, RespondentRole.Staff, [.. Enumerable.Repeat(60, 19), 59]);
        await AddResponsesAsync(first.Id, Department.Marketing, RespondentRole.Staff, [41, 47, 52]);
        await AddResponsesAsync(second.Id, Department.Sales, RespondentRole.Staff, [70, 71, 72]);
        await AddResponsesAsync(second.Id, Department.Marketing, RespondentRole.Head, [45, 50]);
        await AddResponsesAsync(second.Id, Department.Marketing, RespondentRole.Staff, [55, 61]);

        var trend = await _database.WithDbAsync(db => db.LoadTrendAsync(first.OrganizationId, readerRunsAssessments: true));

        trend.Select(r => r.AssessmentId).Should().Equal(first.Id, second.Id);
        foreach (var round in trend)
        {
            var results = (await _database.WithDbAsync(db => db.LoadSnapshotAsync(round.AssessmentId)))!.Results;
            round.SalesMean.Should().Be(results.Sales?.MeanTotal, $"round {round.Title}: Sales as the results show it");
            round.MarketingMean.Should().Be(results.Marketing?.MeanTotal, $"round {round.Title}: Marketing as the results show it");
            if (results.Sales is { } sales)
            {
                ScoringKey.Round(round.SalesMean!.Value).Should().Be(sales.MeanTotalShown);
            }
        }

        trend[0].SalesMean.Should().Be(59.95m);
        ScoringKey.Round(trend[0].SalesMean!.Value).Should().Be(60.0m);
        ScoringKey.LevelOfMean(trend[0].SalesMean!.Value).Should().Be(AlignmentLevel.Aligned);
        trend[0].MarketingMean.Should().Be(140m / 3, "a group at the minimum size is shown");
        trend[1].SalesMean.Should().BeNull("3 responses are below that round's minimum of 4");
        trend[1].MarketingMean.Should().Be(52.75m, "heads and staff together make the department");
    }

    /// <summary>Stores one response per total (answers spread over the 20 statements) through the DbContext, which keeps the tallies.</summary>
    [Fact]
    public async Task LoadResultsForAsync_OpenAndNotReleased_ExecutiveGetsCountsOnlyAndConsultantTheFigures()
    {
        var assessment = await _database.CreateAssessmentAsync("Release Org");
        await AddResponsesAsync(assessment.Id, Department.Sales, RespondentRole.Staff, [60, 70, 80]);

        var executive = await _database.WithDbAsync(db => db.LoadResultsForAsync(assessment.Id, readerRunsAssessment: false));
        var consultant = await _database.WithDbAsync(db => db.LoadResultsForAsync(assessment.Id, readerRunsAssessment: true));

        var counts = executive.Should().BeOfType<ResultsForReader.NotReleased>().Subject;
        (counts.SalesResponses, counts.MarketingResponses).Should().Be((3, 0));
        consultant.Should().BeOfType<ResultsForReader.Released>().Which.Snapshot.Results.Sales!.MeanTotal.Should().Be(70m);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task LoadResultsForAsync_ClosedOrReleased_ExecutiveGetsTheFigures(bool closed, bool interimRelease)
    {
        var assessment = await _database.CreateAssessmentAsync("Released Org");
        await AddResponsesAsync(assessment.Id, Department.Sales, RespondentRole.Staff, [60, 70, 80]);
        await _database.WithDbAsync(async db =>
        {
            var stored = await db.Assessments.SingleAsync(a => a.Id == assessment.Id);
            if (closed)
            {
                stored.Close(new DateOnly(2026, 4, 1));
            }

            if (interimRelease)
            {
                stored.ReleaseFigures("consultant-id", new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.Zero)).Should().BeTrue();
            }

            return await db.SaveChangesAsync();
        });

        var executive = await _database.WithDbAsync(db => db.LoadResultsForAsync(assessment.Id, readerRunsAssessment: false));
        var trend = await _database.WithDbAsync(db => db.LoadTrendAsync(assessment.OrganizationId, readerRunsAssessments: false));

        executive.Should().BeOfType<ResultsForReader.Released>().Which.Snapshot.Results.Sales!.MeanTotal.Should().Be(70m);
        trend.Should().ContainSingle().Which.SalesMean.Should().Be(70m);
    }

    [Fact]
    public async Task LoadTrendAsync_ExecutiveAndAnOpenRound_LeavesTheRoundOut()
    {
        var assessment = await _database.CreateAssessmentAsync("Open Trend Org");
        await AddResponsesAsync(assessment.Id, Department.Sales, RespondentRole.Staff, [60, 70, 80]);

        var executive = await _database.WithDbAsync(db => db.LoadTrendAsync(assessment.OrganizationId, readerRunsAssessments: false));
        var consultant = await _database.WithDbAsync(db => db.LoadTrendAsync(assessment.OrganizationId, readerRunsAssessments: true));

        executive.Should().BeEmpty();
        consultant.Should().ContainSingle().Which.SalesMean.Should().Be(70m);
    }

    [Fact]
    public void ReleaseFigures_ClosedOrReleasedAlready_ChangesNothing()
    {
        var open = new Assessment();
        var closed = new Assessment();
        closed.Close(new DateOnly(2026, 4, 1));
        var first = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

        open.ReleaseFigures("first", first).Should().BeTrue();
        open.ReleaseFigures("second", first.AddHours(1)).Should().BeFalse();
        closed.ReleaseFigures("first", first).Should().BeFalse();

        (open.FiguresReleasedBy, open.FiguresReleasedAt, open.FiguresReleased).Should().Be(("first", first, true));
        (closed.FiguresReleasedAt, closed.FiguresReleased).Should().Be((null, true));
        new Assessment().FiguresVisibleTo(readerRunsAssessment: false).Should().BeFalse();
        new Assessment().FiguresVisibleTo(readerRunsAssessment: true).Should().BeTrue();
    }

    private Task<int> AddResponsesAsync(int assessmentId, Department department, RespondentRole role, int[] totals) =>
        _database.WithDbAsync(async db =>
        {
            foreach (var total in totals)
            {
                var answers = Enumerable.Range(0, 20).Select(i => total / 20 + (i < total % 20 ? 1 : 0)).ToArray();
                var response = new Response
                {
                    AssessmentId = assessmentId,
                    Department = department,
                    Role = role,
                    SubmittedOn = new DateOnly(2026, 3, 1),
                    SubmissionKey = Guid.NewGuid(),
                };
                response.SetAnswers(SurveyAnswers.Create(answers));
                db.Responses.Add(response);
            }

            return await db.SaveChangesAsync();
        });
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class AssessmentResultsQueriesPostgresTests() : AssessmentResultsQueriesTests(DatabaseOptions.Postgres);
