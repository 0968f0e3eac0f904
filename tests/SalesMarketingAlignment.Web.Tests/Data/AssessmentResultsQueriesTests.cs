using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Data;

/// <summary>Results read through aggregate queries equal the domain's figures computed from the raw answers.</summary>
public sealed class AssessmentResultsQueriesTests : IDisposable
{
    private readonly AppFactory _app = new(new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Password"] = "demo password 1" });

    private Task<int> DemoAssessmentIdAsync() =>
        _app.WithDbAsync(db => db.Assessments.Where(a => a.Title == DemoSeeder.AssessmentTitle).Select(a => a.Id).SingleAsync());

    private static SurveyAnswers AnswersOf(Response r) =>
        SurveyAnswers.Create(Enumerable.Range(1, 20).Select(r.Answer).ToArray());

    [Fact]
    public async Task LoadSnapshotAsync_DemoData_EqualsDomainFiguresFromRows()
    {
        var id = await DemoAssessmentIdAsync();
        var rows = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == id).ToListAsync());
        var expected = AssessmentResults.Compute(
            ResponseCounts.FromAnswers(rows.Where(r => r.Department == Department.Sales).Select(AnswersOf)),
            ResponseCounts.FromAnswers(rows.Where(r => r.Department == Department.Marketing).Select(AnswersOf)),
            AnonymityRule.Default,
            CultureInfo.InvariantCulture);

        var snapshot = await _app.WithDbAsync(db => db.LoadSnapshotAsync(id, CultureInfo.InvariantCulture));

        snapshot.Should().NotBeNull();
        snapshot!.OrganizationName.Should().Be(DemoSeeder.OrganizationName);
        snapshot.Results.SalesResponses.Should().Be(DemoSeeder.SalesResponses);
        snapshot.Results.MarketingResponses.Should().Be(DemoSeeder.MarketingResponses);
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
        var assessment = await _app.CreateAssessmentAsync("Small Org");
        var demo = DemoSeeder.DemoResponses(new DateOnly(2026, 3, 1));
        await _app.WithDbAsync(async db =>
        {
            foreach (var r in demo.Where(r => r.Department == Department.Sales).Take(4).Concat(demo.Where(r => r.Department == Department.Marketing).Take(2)))
            {
                r.Id = 0;
                r.AssessmentId = assessment.Id;
                r.SubmissionKey = Guid.NewGuid();
                db.Responses.Add(r);
            }

            return await db.SaveChangesAsync();
        });

        var snapshot = await _app.WithDbAsync(db => db.LoadSnapshotAsync(assessment.Id));

        snapshot!.Results.Sales.Should().NotBeNull();
        snapshot.Results.Marketing.Should().BeNull();
        snapshot.Results.MarketingResponses.Should().Be(2);
        snapshot.Results.Overall.Should().BeNull();
        snapshot.Results.IsWithheld(WithheldItem.Gap).Should().BeTrue();
    }

    [Fact]
    public async Task LoadSnapshotAsync_UnknownAssessment_ReturnsNull() =>
        (await _app.WithDbAsync(db => db.LoadSnapshotAsync(int.MaxValue))).Should().BeNull();

    [Fact]
    public async Task LoadTrendAsync_DemoOrganization_HasTheDepartmentMeans()
    {
        var id = await DemoAssessmentIdAsync();
        var organizationId = await _app.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.OrganizationId).SingleAsync());
        var rows = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == id).ToListAsync());

        var trend = await _app.WithDbAsync(db => db.LoadTrendAsync(organizationId));

        var round = trend.Should().ContainSingle(t => t.AssessmentId == id).Subject;
        round.SalesMean.Should().Be((decimal)rows.Where(r => r.Department == Department.Sales).Sum(r => r.Total) / DemoSeeder.SalesResponses);
        round.MarketingMean.Should().Be((decimal)rows.Where(r => r.Department == Department.Marketing).Sum(r => r.Total) / DemoSeeder.MarketingResponses);
    }

    public void Dispose() => _app.Dispose();
}
