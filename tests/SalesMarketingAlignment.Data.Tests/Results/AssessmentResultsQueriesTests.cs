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
public sealed class AssessmentResultsQueriesTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

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
            AnonymityRule.Default,
            CultureInfo.InvariantCulture);

        var snapshot = await _database.WithDbAsync(db => db.LoadSnapshotAsync(id, CultureInfo.InvariantCulture));

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

        var trend = await _database.WithDbAsync(db => db.LoadTrendAsync(organizationId));

        var round = trend.Should().ContainSingle(t => t.AssessmentId == id).Subject;
        round.SalesMean.Should().Be((decimal)rows.Where(r => r.Department == Department.Sales).Sum(r => r.Total) / SampleAssessment.SalesResponses);
        round.MarketingMean.Should().Be((decimal)rows.Where(r => r.Department == Department.Marketing).Sum(r => r.Total) / SampleAssessment.MarketingResponses);
    }
}
