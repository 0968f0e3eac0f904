using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>Whether a condition argues for leaving the relationship as it is or for tightening it.</summary>
public enum ConditionKind
{
    Stay = 1,
    Tighten = 2,
}

/// <summary>One circumstance of the exhibit "Do We Need to Be More Aligned?", for one level.</summary>
/// <param name="Id">Stable identifier, e.g. "conflicts-evident"; safe to store.</param>
public sealed record AlignmentCondition(string Id, AlignmentLevel Level, ConditionKind Kind)
{
    public string Text(CultureInfo? culture = null) => TextCatalogue.Recommendations.Get("Condition." + Id, culture);
}

/// <summary>The 17 conditions of the exhibit, in its order (Undefined 6, Defined 7, Aligned 4).</summary>
public static class AlignmentConditions
{
    public static IReadOnlyList<AlignmentCondition> All { get; } =
    [
        new("company-is-small", AlignmentLevel.Undefined, ConditionKind.Stay),
        new("good-informal-relationships", AlignmentLevel.Undefined, ConditionKind.Stay),
        new("marketing-is-sales-support", AlignmentLevel.Undefined, ConditionKind.Stay),
        new("conflicts-evident", AlignmentLevel.Undefined, ConditionKind.Tighten),
        new("duplication-or-gaps", AlignmentLevel.Undefined, ConditionKind.Tighten),
        new("compete-for-resources", AlignmentLevel.Undefined, ConditionKind.Tighten),
        new("products-cut-and-dried", AlignmentLevel.Defined, ConditionKind.Stay),
        new("traditional-roles-work", AlignmentLevel.Defined, ConditionKind.Stay),
        new("no-compelling-reason", AlignmentLevel.Defined, ConditionKind.Stay),
        new("duplication-despite-definition", AlignmentLevel.Defined, ConditionKind.Tighten),
        new("market-commoditized", AlignmentLevel.Defined, ConditionKind.Tighten),
        new("customized-during-sales", AlignmentLevel.Defined, ConditionKind.Tighten),
        new("life-cycles-shortening", AlignmentLevel.Defined, ConditionKind.Tighten),
        new("no-shared-responsibility-culture", AlignmentLevel.Aligned, ConditionKind.Stay),
        new("report-separately", AlignmentLevel.Aligned, ConditionKind.Stay),
        new("short-sales-cycle", AlignmentLevel.Aligned, ConditionKind.Stay),
        new("common-funnel-possible", AlignmentLevel.Aligned, ConditionKind.Tighten),
    ];

    private static readonly Dictionary<string, AlignmentCondition> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <exception cref="ArgumentException">No condition has this id.</exception>
    public static AlignmentCondition Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGet(id, out var condition) ? condition : throw new ArgumentException($"Unknown alignment condition '{id}'.", nameof(id));
    }

    /// <summary>False for an unknown or null id (ids are case-sensitive).</summary>
    public static bool TryGet(string? id, [NotNullWhen(true)] out AlignmentCondition? condition)
    {
        condition = null;
        return id is not null && ById.TryGetValue(id, out condition);
    }

    /// <summary>The conditions of one level (none for Integrated: the exhibit has no column for it).</summary>
    public static IReadOnlyList<AlignmentCondition> ForLevel(AlignmentLevel level) => All.Where(c => c.Level == level).ToArray();
}
