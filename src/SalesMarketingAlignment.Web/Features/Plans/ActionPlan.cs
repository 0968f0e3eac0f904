using System.Globalization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Recommendations;

namespace SalesMarketingAlignment.Web.Features.Plans;

/// <summary>One line of an assessment's action plan, as the page, the API and the PDF show it.</summary>
/// <param name="Id">The catalogue id of the action or checklist task, e.g. "da-marketing-liaison".</param>
/// <param name="Text">The action's title or the task's wording, in the reader's language.</param>
/// <param name="OwnerMemberId">The owning member's user id; null for a free-text owner or none.</param>
/// <param name="OwnerName">The member's display name (or email), or the free-text name; null without an owner.</param>
/// <param name="Overdue">Due before today and neither done nor dropped.</param>
public sealed record PlanItemView(
    PlanItemKind Kind, string Id, string Text, string? OwnerMemberId, string? OwnerName, DateOnly? DueDate, PlanItemStatus Status,
    string? Note, bool Overdue, string? UpdatedByName, DateTimeOffset? UpdatedAt);

/// <summary>An assessment's plan: every recommended action and checklist task, then any other item that has an entry.</summary>
public sealed record ActionPlanView(IReadOnlyList<PlanItemView> Items)
{
    public int OverdueCount => Items.Count(i => i.Overdue);
}

/// <summary>A member of the organization who can own plan items.</summary>
public sealed record PlanMember(string UserId, string Name);

/// <summary>Which catalogue items an assessment's plan lists, and their wording.</summary>
public static class PlanCatalogue
{
    /// <summary>
    /// The recommendation's Moving Up actions, then the Integration Checklist when the recommendation includes it, then
    /// items that have an entry but are no longer recommended (the conditions changed, or carried over from the last
    /// round), so that nothing saved drops out of sight.
    /// </summary>
    public static IReadOnlyList<(PlanItemKind Kind, string Key)> ItemsOf(Recommendation recommendation, IEnumerable<(PlanItemKind Kind, string Key)> withEntry)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(withEntry);
        var items = new List<(PlanItemKind Kind, string Key)>(recommendation.Actions.Select(a => (PlanItemKind.Action, a.Id)));
        if (recommendation.IncludesChecklist)
        {
            items.AddRange(IntegrationChecklist.Tasks.Select(t => (PlanItemKind.ChecklistItem, t.Id)));
        }

        var listed = items.ToHashSet();
        var extra = withEntry.Where(e => Exists(e.Kind, e.Key) && !listed.Contains(e)).ToHashSet();
        items.AddRange(TransitionActions.All.Select(a => (PlanItemKind.Action, a.Id)).Where(extra.Contains));
        items.AddRange(IntegrationChecklist.Tasks.Select(t => (PlanItemKind.ChecklistItem, t.Id)).Where(extra.Contains));
        return items;
    }

    /// <summary>Whether the catalogue has this item (entries of a retired id are kept but not shown).</summary>
    public static bool Exists(PlanItemKind kind, string key) => kind switch
    {
        PlanItemKind.Action => TransitionActions.All.Any(a => a.Id == key),
        PlanItemKind.ChecklistItem => IntegrationChecklist.Tasks.Any(t => t.Id == key),
        _ => false,
    };

    public static string Text(PlanItemKind kind, string key, CultureInfo culture) => kind == PlanItemKind.Action
        ? TransitionActions.Get(key).Title(culture)
        : IntegrationChecklist.Tasks.Single(t => t.Id == key).Text(culture);

    /// <summary>The localizer keys <see cref="StatusName"/> and <see cref="KindName"/> can give.</summary>
    public static IReadOnlyList<string> StatusNames { get; } = [.. Enum.GetValues<PlanItemStatus>().Select(StatusName)];

    public static IReadOnlyList<string> KindNames { get; } = [.. Enum.GetValues<PlanItemKind>().Select(KindName)];

    /// <summary>The English status name, a localizer key ("In progress").</summary>
    public static string StatusName(PlanItemStatus status) => status switch
    {
        PlanItemStatus.Planned => "Planned",
        PlanItemStatus.InProgress => "In progress",
        PlanItemStatus.Done => "Done",
        PlanItemStatus.Dropped => "Dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The English kind name, a localizer key.</summary>
    public static string KindName(PlanItemKind kind) => kind == PlanItemKind.Action ? "Moving Up action" : "Checklist task";
}
