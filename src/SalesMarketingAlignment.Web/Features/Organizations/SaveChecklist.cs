using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Organizations;

/// <summary>
/// Replaces the set of ticked Integration Checklist tasks of an organization. Tasks that stay ticked keep who ticked
/// them and when; an unknown task id saves nothing.
/// </summary>
public sealed class SaveChecklist(AlignmentDbContext db, TimeProvider clock)
{
    public abstract record Result;

    public sealed record Saved(int Ticked) : Result;

    public sealed record UnknownTasks(IReadOnlyList<string> Ids) : Result;

    /// <param name="organizationId">An organization the caller may change (the organization filter checked it).</param>
    /// <param name="tasks">The ids of every task that is ticked now; null or empty clears the list.</param>
    /// <param name="userId">Who ticks the newly ticked tasks.</param>
    public async Task<Result> HandleAsync(int organizationId, IReadOnlyCollection<string>? tasks, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var known = IntegrationChecklist.Tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = (tasks ?? []).Where(t => !known.Contains(t)).ToArray();
        if (unknown.Length > 0)
        {
            return new UnknownTasks(unknown);
        }

        var wanted = (tasks ?? []).ToHashSet(StringComparer.Ordinal);
        var existing = await db.ChecklistTicks.Where(t => t.OrganizationId == organizationId).ToListAsync(cancellationToken);
        db.ChecklistTicks.RemoveRange(existing.Where(t => !wanted.Contains(t.TaskId)));
        var today = clock.Today();
        foreach (var task in wanted.Where(w => existing.All(e => e.TaskId != w)))
        {
            db.ChecklistTicks.Add(new ChecklistTick { OrganizationId = organizationId, TaskId = task, TickedBy = userId, TickedOn = today });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Saved(wanted.Count);
    }
}
