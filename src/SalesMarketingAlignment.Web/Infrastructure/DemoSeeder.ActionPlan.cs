using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>The demo's action plan: three of the latest round's Moving Up actions, one of them overdue.</summary>
public sealed partial class DemoSeeder
{
    /// <summary>Owned by the executive (a member), in progress, due in a month.</summary>
    public const string DemoPlanInProgressAction = "da-marketing-liaison";

    /// <summary>Owned by a name without an account, planned, due five days ago: overdue.</summary>
    public const string DemoPlanOverdueAction = "da-disciplined-communication";

    /// <summary>Owned by the consultant, done.</summary>
    public const string DemoPlanDoneAction = "da-sales-feedback";

    public const string DemoPlanOwnerName = "Head of Sales";

    // No one-letter words in the notes: the Russian text check allows each word of user data anywhere in the text.
    public const string DemoPlanOverdueNote = "Agree the agenda of the monthly Sales and Marketing review.";

    /// <summary>Adds the plan entries once, to the latest round; nothing when it already has a plan.</summary>
    private async Task SeedActionPlanAsync(int organizationId, ApplicationUser consultant, ApplicationUser executive, DateOnly today, CancellationToken cancellationToken)
    {
        var latestId = await db.Assessments
            .Where(a => a.OrganizationId == organizationId && a.Title == AssessmentTitle)
            .Select(a => (int?)a.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (latestId is not { } assessmentId || await db.PlanItems.AnyAsync(p => p.AssessmentId == assessmentId, cancellationToken))
        {
            return;
        }

        var updatedAt = clock.GetUtcNow().AddDays(-4);
        PlanItem Entry(string key, PlanItemStatus status, DateOnly due, string note) => new()
        {
            AssessmentId = assessmentId,
            Kind = PlanItemKind.Action,
            ItemKey = key,
            Status = status,
            DueDate = due,
            Note = note,
            UpdatedBy = consultant.Id,
            UpdatedAt = updatedAt,
        };

        var liaison = Entry(DemoPlanInProgressAction, PlanItemStatus.InProgress, today.AddDays(30), "Marketing sends someone to the weekly sales meeting from next month.");
        liaison.OwnerUserId = executive.Id;
        var communication = Entry(DemoPlanOverdueAction, PlanItemStatus.Planned, today.AddDays(-5), DemoPlanOverdueNote);
        communication.OwnerName = DemoPlanOwnerName;
        var feedback = Entry(DemoPlanDoneAction, PlanItemStatus.Done, today.AddDays(-10), "Lost-deal reasons now go to Marketing every week.");
        feedback.OwnerUserId = consultant.Id;
        db.PlanItems.AddRange(liaison, communication, feedback);
        await db.SaveChangesAsync(cancellationToken);
    }
}
