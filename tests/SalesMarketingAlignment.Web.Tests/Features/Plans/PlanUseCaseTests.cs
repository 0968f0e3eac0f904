using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Plans;
using SalesMarketingAlignment.Web.Tests.Features.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Plans;

/// <summary>The plan's use cases on the real database: overdue by the clock, saved entries kept in sight, the next round's copy.</summary>
public sealed class PlanUseCaseTests(FeatureDatabase database) : IClassFixture<FeatureDatabase>
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2027, 3, 10, 23, 30, 0, TimeSpan.FromHours(-2)));

    // 2027-03-11 in UTC: the plan's "today" is the UTC date, like every stored date.
    private static readonly DateOnly Today = new(2027, 3, 11);

    /// <summary>No responses: no actions and no checklist are recommended.</summary>
    private static Recommendation NothingRecommended { get; } =
        RecommendationEngine.Recommend(AssessmentResults.Compute(ResponseCounts.Empty, ResponseCounts.Empty, new AnonymityRule(3)), []);

    [Fact]
    public async Task BuildAsync_EntriesOfItemsNoLongerRecommended_StayListedWithOverdueByTheClock()
    {
        var assessment = await database.NewAssessmentAsync();
        await AddEntriesAsync(
            assessment.Id,
            Entry("da-colocate", PlanItemStatus.Planned, Today.AddDays(-1)),
            Entry("da-joint-assignments", PlanItemStatus.InProgress, Today),
            Entry("ud-handoff-points", PlanItemStatus.Done, Today.AddDays(-30)),
            Entry("ud-rules-of-engagement", PlanItemStatus.Dropped, Today.AddDays(-30)),
            Entry("ai-split-marketing", PlanItemStatus.InProgress, Today.AddDays(-2)));
        var (scope, db) = database.NewContext();
        using (scope)
        {
            var plan = await new GetPlan(db, Clock).BuildAsync(assessment.Id, NothingRecommended, default);

            // In the catalogue's order, though nothing is recommended: saved work never drops out of sight.
            plan.Items.Select(i => i.Id).Should().Equal("ud-rules-of-engagement", "ud-handoff-points", "da-joint-assignments", "da-colocate", "ai-split-marketing");
            plan.Items.Where(i => i.Overdue).Select(i => i.Id).Should().BeEquivalentTo("da-colocate", "ai-split-marketing");
            plan.OverdueCount.Should().Be(2);
        }
    }

    [Fact]
    public async Task StartAssessment_NextRound_CopiesTheOpenEntriesOfThePreviousRoundOnly()
    {
        var previous = await database.NewAssessmentAsync();
        await AddEntriesAsync(
            previous.Id,
            Entry("da-colocate", PlanItemStatus.Planned, Today.AddDays(5), owner: "Anna"),
            Entry("da-sales-feedback", PlanItemStatus.InProgress, null, note: "Weekly lost-deal review."),
            Entry("da-marketing-liaison", PlanItemStatus.Done, Today),
            Entry("da-joint-assignments", PlanItemStatus.Dropped, Today));

        var (scope, db) = database.NewContext();
        int nextId;
        using (scope)
        {
            var result = await new StartAssessment(db, Clock, new PlanCarryOver(db))
                .HandleAsync(previous.OrganizationId, new StartAssessmentRequest { Title = "Round two" }, "consultant-1", default);
            nextId = result.Should().BeOfType<StartAssessment.Started>().Subject.Assessment.Id;
        }

        var copied = await database.App.WithDbAsync(db => db.PlanItems.Where(p => p.AssessmentId == nextId).OrderBy(p => p.ItemKey).ToListAsync());
        copied.Select(p => p.ItemKey).Should().Equal("da-colocate", "da-sales-feedback");
        copied[0].OwnerName.Should().Be("Anna");
        copied[0].DueDate.Should().Be(Today.AddDays(5));
        copied[0].Status.Should().Be(PlanItemStatus.Planned);
        copied[1].Status.Should().Be(PlanItemStatus.InProgress);
        copied[1].Note.Should().Be("Weekly lost-deal review.");
        (await database.App.WithDbAsync(db => db.PlanItems.CountAsync(p => p.AssessmentId == previous.Id))).Should().Be(4, "the previous round keeps its plan");
    }

    [Fact]
    public async Task StartAssessment_FirstRoundOfAnOrganization_StartsWithAnEmptyPlan()
    {
        var other = await database.NewAssessmentAsync();
        await AddEntriesAsync(other.Id, Entry("da-colocate", PlanItemStatus.Planned, null));
        var organizationId = await database.App.WithDbAsync(async db =>
        {
            var organization = new Organization { Name = "Fresh Ltd", CreatedOn = Today };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

        var (scope, db) = database.NewContext();
        using (scope)
        {
            var result = await new StartAssessment(db, Clock, new PlanCarryOver(db))
                .HandleAsync(organizationId, new StartAssessmentRequest { Title = "First" }, "consultant-1", default);
            var id = result.Should().BeOfType<StartAssessment.Started>().Subject.Assessment.Id;
            (await db.PlanItems.CountAsync(p => p.AssessmentId == id)).Should().Be(0, "another organization's plan is never copied");
        }
    }

    private static PlanItem Entry(string key, PlanItemStatus status, DateOnly? due, string? owner = null, string? note = null) => new()
    {
        Kind = PlanItemKind.Action,
        ItemKey = key,
        Status = status,
        DueDate = due,
        OwnerName = owner,
        Note = note,
        UpdatedBy = "consultant-0",
        UpdatedAt = Clock.GetUtcNow(),
    };

    private Task<int> AddEntriesAsync(int assessmentId, params PlanItem[] entries) =>
        database.App.WithDbAsync(db =>
        {
            foreach (var entry in entries)
            {
                entry.AssessmentId = assessmentId;
                db.PlanItems.Add(entry);
            }

            return db.SaveChangesAsync();
        });
}
