using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Data;

/// <summary>The database's GROUP BY counts agree with counting the rows by hand.</summary>
public sealed class ResponseCountQueriesTests : IDisposable
{
    private readonly AppFactory _app = new(new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Password"] = "demo password 1" });

    private Task<int> DemoAssessmentIdAsync() =>
        _app.WithDbAsync(db => db.Assessments.Where(a => a.Title == DemoSeeder.AssessmentTitle).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task CountTotalsAsync_DemoData_MatchesRows()
    {
        var id = await DemoAssessmentIdAsync();

        var counts = await _app.WithDbAsync(db => db.CountTotalsAsync(id));
        var rows = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == id).ToListAsync());

        counts.Sum(c => c.Count).Should().Be(20);
        var expected = rows.GroupBy(r => (r.Department, r.Role, (int)r.Total)).ToDictionary(g => g.Key, g => g.Count());
        counts.ToDictionary(c => (c.Department, c.Role, c.Total), c => c.Count).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task CountAnswersAsync_DemoData_MatchesRowsForEveryStatement()
    {
        var id = await DemoAssessmentIdAsync();

        var counts = await _app.WithDbAsync(db => db.CountAnswersAsync(id));
        var rows = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == id).ToListAsync());

        for (var n = 1; n <= 20; n++)
        {
            var statement = n;
            counts.Where(c => c.Statement == statement).Sum(c => c.Count).Should().Be(20, $"every response answered statement {statement}");
            var expected = rows.GroupBy(r => (r.Department, r.Role, r.Answer(statement))).ToDictionary(g => g.Key, g => g.Count());
            counts.Where(c => c.Statement == statement).ToDictionary(c => (c.Department, c.Role, c.Answer), c => c.Count)
                .Should().BeEquivalentTo(expected, $"statement {statement}");
        }
    }

    [Fact]
    public async Task CountAnswersAsync_OtherAssessment_IsNotMixedIn()
    {
        var empty = await _app.CreateAssessmentAsync("Empty Org");

        var counts = await _app.WithDbAsync(db => db.CountAnswersAsync(empty.Id));

        counts.Should().BeEmpty();
    }

    [Fact]
    public async Task Database_RejectsAnswerOutsideScale()
    {
        var id = await DemoAssessmentIdAsync();
        var response = DemoSeeder.DemoResponses(new DateOnly(2026, 1, 1))[0];
        response.AssessmentId = id;
        response.SubmissionKey = Guid.NewGuid();
        response.A03 = 6;

        var act = () => _app.WithDbAsync(async db =>
        {
            db.Responses.Add(response);
            return await db.SaveChangesAsync();
        });

        await act.Should().ThrowAsync<DbUpdateException>();
        (await _app.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == id))).Should().Be(20);
    }

    public void Dispose() => _app.Dispose();
}
