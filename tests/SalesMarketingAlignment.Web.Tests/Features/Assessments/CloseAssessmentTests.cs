using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

public sealed class CloseAssessmentTests(FeatureDatabase database) : IClassFixture<FeatureDatabase>
{
    [Fact]
    public async Task HandleAsync_Twice_ClosesOnceAndKeepsTheFirstDate()
    {
        var assessment = await database.NewAssessmentAsync();
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 6, 12, 0, 0, TimeSpan.Zero));

        var (scope, db) = database.NewContext();
        using (scope)
        {
            (await new CloseAssessment(db, clock).HandleAsync(assessment.Id, default)).Should().BeOfType<CloseAssessment.Closed>();
        }

        clock.Now = clock.Now.AddDays(3);
        (scope, db) = database.NewContext();
        using (scope)
        {
            var again = await new CloseAssessment(db, clock).HandleAsync(assessment.Id, default);

            again.Should().BeOfType<CloseAssessment.Closed>().Which.Assessment.Links.Should().HaveCount(2, "the API answers with the links");
        }

        var stored = await database.App.WithDbAsync(d => d.Assessments.SingleAsync(a => a.Id == assessment.Id));
        stored.Status.Should().Be(AssessmentStatus.Closed);
        stored.ClosedOn.Should().Be(new DateOnly(2026, 5, 6), "closing again is not a new closing");
    }

    [Fact]
    public async Task HandleAsync_UnknownAssessment_NotFound()
    {
        var (scope, db) = database.NewContext();
        using (scope)
        {
            (await new CloseAssessment(db, TimeProvider.System).HandleAsync(987_654, default)).Should().BeOfType<CloseAssessment.NotFound>();
        }
    }

    [Fact]
    public void Close_ClosedAssessment_ReturnsFalseAndChangesNothing()
    {
        var assessment = new Assessment { Status = AssessmentStatus.Closed, ClosedOn = new DateOnly(2026, 1, 2) };

        assessment.Close(new DateOnly(2026, 2, 3)).Should().BeFalse();
        assessment.ClosedOn.Should().Be(new DateOnly(2026, 1, 2));
    }
}
