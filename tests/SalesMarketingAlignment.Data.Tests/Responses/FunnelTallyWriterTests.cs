using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Data.Tests.Infrastructure;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Tests.Responses;

public class FunnelTallyWriterTests : IAsyncLifetime
{
    private readonly TestDatabase _database;

    public FunnelTallyWriterTests()
        : this(DatabaseOptions.Sqlite)
    {
    }

    protected FunnelTallyWriterTests(string provider) => _database = new TestDatabase(provider);

    private SurveyResponseWriter Writer => _database.Services.GetRequiredService<SurveyResponseWriter>();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static NewResponse Submission(int assessmentId, Department department, FunnelAnswers? funnel) =>
        new(assessmentId, department, RespondentRole.Staff, SurveyAnswers.Create(Enumerable.Repeat(3, 20).ToArray()), Guid.NewGuid(), Funnel: funnel);

    private static FunnelAnswers Funnel(params (FunnelStage Stage, FunnelLead Lead)[] leads) =>
        FunnelAnswers.Create(leads.Select(l => KeyValuePair.Create(l.Stage, l.Lead)));

    [Fact]
    public async Task SubmitAsync_WithFunnelAnswers_CountsThemPerDepartmentBesideTheResponse()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");

        await Task.WhenAll(
            Writer.SubmitAsync(Submission(assessment.Id, Department.Sales, Funnel((FunnelStage.Purchase, FunnelLead.Sales), (FunnelStage.BrandAwareness, FunnelLead.Marketing)))),
            Writer.SubmitAsync(Submission(assessment.Id, Department.Sales, Funnel((FunnelStage.Purchase, FunnelLead.Sales)))),
            Writer.SubmitAsync(Submission(assessment.Id, Department.Marketing, Funnel((FunnelStage.Purchase, FunnelLead.Both)))));

        var counts = await _database.WithDbAsync(db => db.LoadFunnelCountsAsync(assessment.Id));
        counts.Respondents(Department.Sales).Should().Be(2);
        counts.Respondents(Department.Marketing).Should().Be(1);
        counts.Count(Department.Sales, FunnelStage.Purchase, FunnelLead.Sales).Should().Be(2);
        counts.Count(Department.Sales, FunnelStage.BrandAwareness, FunnelLead.Marketing).Should().Be(1);
        counts.Count(Department.Marketing, FunnelStage.Purchase, FunnelLead.Both).Should().Be(1);
        (await _database.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessment.Id))).Should().Be(3);
    }

    [Fact]
    public async Task SubmitAsync_WithoutOrWithEmptyFunnel_WritesNoFunnelRow()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");

        await Writer.SubmitAsync(Submission(assessment.Id, Department.Sales, null));
        await Writer.SubmitAsync(Submission(assessment.Id, Department.Sales, FunnelAnswers.Empty));

        (await _database.WithDbAsync(db => db.FunnelTallies.CountAsync())).Should().Be(0);
        (await _database.WithDbAsync(db => db.Responses.CountAsync())).Should().Be(2);
    }

    [Fact]
    public async Task SubmitAsync_RetryOfAStoredKey_CountsTheFunnelOnce()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var submission = Submission(assessment.Id, Department.Sales, Funnel((FunnelStage.Purchase, FunnelLead.Sales)));

        await Writer.SubmitAsync(submission);
        var retry = await Writer.SubmitAsync(submission);

        retry.Outcome.Should().Be(SubmissionOutcome.AlreadyStored);
        var counts = await _database.WithDbAsync(db => db.LoadFunnelCountsAsync(assessment.Id));
        counts.Count(Department.Sales, FunnelStage.Purchase, FunnelLead.Sales).Should().Be(1);
        counts.Respondents(Department.Sales).Should().Be(1);
    }

    [Fact]
    public async Task SubmitAsync_ClosedAssessment_CountsNoFunnelAnswer()
    {
        var closed = await _database.CreateAssessmentAsync("Closed", AssessmentStatus.Closed);

        var result = await Writer.SubmitAsync(Submission(closed.Id, Department.Sales, Funnel((FunnelStage.Purchase, FunnelLead.NoOne))));

        result.Outcome.Should().Be(SubmissionOutcome.AssessmentClosed);
        (await _database.WithDbAsync(db => db.FunnelTallies.CountAsync())).Should().Be(0);
    }
}

public sealed class FunnelTallyWriterPostgresTests() : FunnelTallyWriterTests(DatabaseOptions.Postgres);
