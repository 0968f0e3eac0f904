using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Web.Features.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

/// <summary>
/// The page and the API save conditions through this one handler. Where they differed: the API sends a list or
/// nothing (nothing is an error), the page sends nothing when no box is ticked (it asks for an empty list, which clears).
/// </summary>
public sealed class SaveConditionsTests(FeatureDatabase database) : IClassFixture<FeatureDatabase>
{
    private static readonly string First = AlignmentConditions.All[0].Id;
    private static readonly string Second = AlignmentConditions.All[1].Id;
    private static readonly string Third = AlignmentConditions.All[2].Id;
    private static readonly DateOnly Today = new(2026, 3, 9);
    private const string Assessor = "assessor-user-id";

    [Fact]
    public async Task HandleAsync_Saved_RecordsWhoAssessedAndWhenAlsoWhenNoneHolds()
    {
        var assessment = await database.NewAssessmentAsync();
        (await database.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id)))
            .ConditionsAssessedOn.Should().BeNull("a new assessment has not been assessed");

        (await SaveAsync(assessment.Id)).Should().BeOfType<SaveConditions.Saved>();

        var stored = await database.App.WithDbAsync(db => db.Assessments.AsNoTracking().Include(a => a.Conditions).SingleAsync(a => a.Id == assessment.Id));
        stored.ConditionsAssessedBy.Should().Be(Assessor);
        stored.ConditionsAssessedOn.Should().Be(Today);
        stored.ConditionsAssessed.Should().BeTrue();
    }

    [Fact]
    public async Task HandleAsync_UnknownId_RecordsNoAssessor()
    {
        var assessment = await database.NewAssessmentAsync();

        await SaveAsync(assessment.Id, "no-such-condition");

        (await database.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id)))
            .ConditionsAssessedOn.Should().BeNull();
    }

    [Fact]
    public async Task HandleAsync_NewSet_ReplacesTheOldOneAndCountsDuplicatesOnce()
    {
        var assessment = await database.NewAssessmentAsync();
        await SaveAsync(assessment.Id, First, Second);

        var result = await SaveAsync(assessment.Id, Second, Third, Third);

        result.Should().BeOfType<SaveConditions.Saved>();
        (await StoredAsync(assessment.Id)).Should().BeEquivalentTo([Second, Third]);
    }

    [Fact]
    public async Task HandleAsync_EmptyList_ClearsThem()
    {
        var assessment = await database.NewAssessmentAsync();
        await SaveAsync(assessment.Id, First);

        (await SaveAsync(assessment.Id)).Should().BeOfType<SaveConditions.Saved>();

        (await StoredAsync(assessment.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_UnknownOrNullId_NamesThemAndSavesNothing()
    {
        var assessment = await database.NewAssessmentAsync();
        await SaveAsync(assessment.Id, First);

        var result = await SaveAsync(assessment.Id, Second, "no-such-condition", null);

        result.Should().BeOfType<SaveConditions.Unknown>().Which.Ids.Should().Equal("no-such-condition", null);
        (await StoredAsync(assessment.Id)).Should().Equal(First);
    }

    [Fact]
    public async Task HandleAsync_NoList_MissingAndNothingChanges()
    {
        var assessment = await database.NewAssessmentAsync();
        await SaveAsync(assessment.Id, First);

        var (scope, db) = database.NewContext();
        using (scope)
        {
            (await new SaveConditions(db, Clock).HandleAsync(assessment.Id, new SaveConditionsRequest(null), Assessor, default)).Should().BeOfType<SaveConditions.Missing>();
        }

        (await StoredAsync(assessment.Id)).Should().Equal(First);
    }

    [Fact]
    public async Task HandleAsync_ClosedAssessment_StillSaves()
    {
        var assessment = await database.App.CreateAssessmentAsync("Closed org", AssessmentStatus.Closed);

        (await SaveAsync(assessment.Id, Third)).Should().BeOfType<SaveConditions.Saved>();

        (await StoredAsync(assessment.Id)).Should().Equal(Third);
    }

    [Fact]
    public async Task HandleAsync_UnknownAssessment_NotFound() =>
        (await SaveAsync(987_654, First)).Should().BeOfType<SaveConditions.NotFound>();

    private async Task<SaveConditions.Result> SaveAsync(int assessmentId, params string?[] ids)
    {
        var (scope, db) = database.NewContext();
        using (scope)
        {
            return await new SaveConditions(db, Clock).HandleAsync(assessmentId, new SaveConditionsRequest(ids), Assessor, default);
        }
    }

    private static FixedClock Clock => new(new DateTimeOffset(Today, new TimeOnly(23, 30), TimeSpan.Zero));

    private Task<List<string>> StoredAsync(int assessmentId) =>
        database.App.WithDbAsync(db => db.AssessmentConditions.Where(c => c.AssessmentId == assessmentId).Select(c => c.ConditionId).ToListAsync());
}
