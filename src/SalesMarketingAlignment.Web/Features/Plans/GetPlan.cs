using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Plans;

/// <summary>
/// Reads an assessment's action plan (the organization filter has checked that the caller may read it). The plan
/// follows the recommendation, which rests on the figures: an executive sees it once the figures are released.
/// </summary>
public sealed class GetPlan(AlignmentDbContext db, TimeProvider clock)
{
    public abstract record Result;

    public sealed record Loaded(ActionPlanView Plan) : Result;

    /// <summary>The reader is an executive and the figures are not released yet.</summary>
    public sealed record NotReleased : Result;

    public sealed record NotFound : Result;

    /// <param name="readerRunsAssessment">The caller may change the organization (sees figures before their release).</param>
    public async Task<Result> HandleAsync(int assessmentId, bool readerRunsAssessment, CancellationToken cancellationToken)
    {
        return await db.LoadResultsForAsync(assessmentId, readerRunsAssessment, cancellationToken) switch
        {
            ResultsForReader.Released released => new Loaded(await BuildAsync(assessmentId, released.Snapshot.Recommendation, cancellationToken)),
            ResultsForReader.NotReleased => new NotReleased(),
            _ => new NotFound(),
        };
    }

    /// <summary>The plan for a recommendation the caller has already computed (the assessment page, the PDF), in the current UI culture.</summary>
    public async Task<ActionPlanView> BuildAsync(int assessmentId, Recommendation recommendation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var culture = CultureInfo.CurrentUICulture;
        var entries = await db.PlanItems.AsNoTracking().Where(p => p.AssessmentId == assessmentId).ToListAsync(cancellationToken);
        var userIds = entries.SelectMany(e => new[] { e.OwnerUserId, e.UpdatedBy }).OfType<string>().Distinct().ToArray();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var byItem = entries.ToDictionary(e => (e.Kind, e.ItemKey));
        var today = clock.Today();
        var items = PlanCatalogue.ItemsOf(recommendation, byItem.Keys)
            .Select(item =>
            {
                var text = PlanCatalogue.Text(item.Kind, item.Key, culture);
                if (!byItem.TryGetValue(item, out var e))
                {
                    return new PlanItemView(item.Kind, item.Key, text, null, null, null, PlanItemStatus.Planned, null, false, null, null);
                }

                var owner = e.OwnerUserId is { } ownerId ? names.GetValueOrDefault(ownerId) ?? "—" : e.OwnerName;
                return new PlanItemView(
                    item.Kind, item.Key, text, e.OwnerUserId, owner, e.DueDate, e.Status, e.Note,
                    PlanItem.IsOverdue(e.DueDate, e.Status, today), names.GetValueOrDefault(e.UpdatedBy), e.UpdatedAt);
            })
            .ToArray();
        return new ActionPlanView(items);
    }

    /// <summary>The organization's members, who can own plan items, by name.</summary>
    public async Task<IReadOnlyList<PlanMember>> MembersAsync(int organizationId, CancellationToken cancellationToken)
    {
        var members = await db.OrganizationMembers.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);
        return members
            .Select(m => new PlanMember(m.Id, string.IsNullOrWhiteSpace(m.DisplayName) ? m.Email ?? m.Id : m.DisplayName))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToArray();
    }
}
