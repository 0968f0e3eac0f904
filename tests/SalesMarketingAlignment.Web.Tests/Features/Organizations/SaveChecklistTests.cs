using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Web.Features.Organizations;

namespace SalesMarketingAlignment.Web.Tests.Features.Organizations;

public sealed class SaveChecklistTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    private Task<SaveChecklist.Result> SaveAsync(int organizationId, string userId, params string[] tasks) =>
        fixture.RunAsync<SaveChecklist, SaveChecklist.Result>(h => h.HandleAsync(organizationId, tasks, userId));

    private Task<List<ChecklistTick>> TicksAsync(int organizationId) =>
        fixture.App.WithDbAsync(db => db.ChecklistTicks.AsNoTracking().Where(t => t.OrganizationId == organizationId).OrderBy(t => t.TaskId).ToListAsync());

    [Fact]
    public async Task HandleAsync_NewSet_KeepsWhoAndWhenOfTasksThatStayAndDropsTheRest()
    {
        var first = await fixture.App.CreateUserAsync("ticker1@example.test", Roles.Consultant);
        var second = await fixture.App.CreateUserAsync("ticker2@example.test", Roles.Consultant);
        var organizationId = (await fixture.App.CreateAssessmentAsync("Checklist Org", AssessmentStatus.Open, first, second)).OrganizationId;
        var (kept, dropped, added) = (IntegrationChecklist.Tasks[0].Id, IntegrationChecklist.Tasks[1].Id, IntegrationChecklist.Tasks[2].Id);
        await fixture.App.WithDbAsync(db =>
        {
            db.ChecklistTicks.AddRange(
                new ChecklistTick { OrganizationId = organizationId, TaskId = kept, TickedBy = first.Id, TickedOn = new DateOnly(2025, 1, 2) },
                new ChecklistTick { OrganizationId = organizationId, TaskId = dropped, TickedBy = first.Id, TickedOn = new DateOnly(2025, 1, 2) });
            return db.SaveChangesAsync();
        });

        var result = await SaveAsync(organizationId, second.Id, kept, added);

        result.Should().Be(new SaveChecklist.Saved(2));
        var ticks = await TicksAsync(organizationId);
        ticks.Select(t => t.TaskId).Should().BeEquivalentTo([kept, added]);
        ticks.Single(t => t.TaskId == kept).Should().BeEquivalentTo(new { TickedBy = first.Id, TickedOn = new DateOnly(2025, 1, 2) });
        ticks.Single(t => t.TaskId == added).TickedBy.Should().Be(second.Id);
    }

    [Fact]
    public async Task HandleAsync_UnknownTask_SavesNothingAndNamesIt()
    {
        var user = await fixture.App.CreateUserAsync("ticker3@example.test", Roles.Consultant);
        var organizationId = (await fixture.App.CreateAssessmentAsync("Unknown Task Org", AssessmentStatus.Open, user)).OrganizationId;
        await SaveAsync(organizationId, user.Id, IntegrationChecklist.Tasks[0].Id);

        var result = await SaveAsync(organizationId, user.Id, IntegrationChecklist.Tasks[1].Id, "no-such-task");

        result.Should().BeOfType<SaveChecklist.UnknownTasks>().Which.Ids.Should().Equal("no-such-task");
        (await TicksAsync(organizationId)).Select(t => t.TaskId).Should().Equal(IntegrationChecklist.Tasks[0].Id);
    }
}
