using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Features.Plans;

/// <summary>
/// A new round starts from the previous round's plan: the entries still open (planned or in progress) are copied,
/// with their owner, due date, status and note. Done and dropped items stay in the round where they were settled
/// (docs/decisions/0016-action-plan.md).
/// </summary>
public sealed class PlanCarryOver(AlignmentDbContext db)
{
    /// <summary>Adds the copies to the context for <paramref name="newRound"/> (not yet saved: they are saved with it).</summary>
    /// <returns>How many entries were copied.</returns>
    public async Task<int> CopyOpenItemsAsync(Assessment newRound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newRound);
        var previousId = await db.Assessments.AsNoTracking()
            .Where(a => a.OrganizationId == newRound.OrganizationId && a.Id != newRound.Id)
            .OrderByDescending(a => a.CreatedOn).ThenByDescending(a => a.Id)
            .Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (previousId is null)
        {
            return 0;
        }

        var open = await db.PlanItems.AsNoTracking()
            .Where(p => p.AssessmentId == previousId && (p.Status == PlanItemStatus.Planned || p.Status == PlanItemStatus.InProgress))
            .ToListAsync(cancellationToken);
        foreach (var entry in open)
        {
            db.PlanItems.Add(new PlanItem
            {
                Assessment = newRound,
                Kind = entry.Kind,
                ItemKey = entry.ItemKey,
                OwnerUserId = entry.OwnerUserId,
                OwnerName = entry.OwnerName,
                DueDate = entry.DueDate,
                Status = entry.Status,
                Note = entry.Note,
                UpdatedBy = entry.UpdatedBy,
                UpdatedAt = entry.UpdatedAt,
            });
        }

        return open.Count;
    }
}
