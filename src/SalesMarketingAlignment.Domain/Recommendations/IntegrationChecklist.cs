using System.Globalization;

using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>The four columns of the exhibit "Sales and Marketing Integration Checklist".</summary>
public enum ChecklistGroup
{
    IntegrateActivities = 1,
    IntegrateProcessesAndSystems = 2,
    EnableTheCulture = 3,
    IntegrateOrganizationalStructures = 4,
}

/// <summary>One task of the checklist, worded as in the exhibit.</summary>
/// <param name="Id">Stable identifier, e.g. "ps-shared-databases"; safe to store.</param>
public sealed record ChecklistTask(string Id, ChecklistGroup Group)
{
    public string Text(CultureInfo? culture = null) => TextCatalogue.Recommendations.Get("Checklist." + Id, culture);
}

/// <summary>The 17 tasks of the Integration Checklist, in the exhibit's order.</summary>
public static class IntegrationChecklist
{
    public static IReadOnlyList<ChecklistTask> Tasks { get; } =
    [
        new("ia-product-planning", ChecklistGroup.IntegrateActivities),
        new("ia-value-propositions", ChecklistGroup.IntegrateActivities),
        new("ia-customer-needs", ChecklistGroup.IntegrateActivities),
        new("ia-advertising-sign-off", ChecklistGroup.IntegrateActivities),
        new("ia-top-opportunities", ChecklistGroup.IntegrateActivities),
        new("ps-joint-activity-systems", ChecklistGroup.IntegrateProcessesAndSystems),
        new("ps-shared-databases", ChecklistGroup.IntegrateProcessesAndSystems),
        new("ps-common-metrics", ChecklistGroup.IntegrateProcessesAndSystems),
        new("ps-reward-systems", ChecklistGroup.IntegrateProcessesAndSystems),
        new("ps-periodic-relations-review", ChecklistGroup.IntegrateProcessesAndSystems),
        new("ps-budget-reviews", ChecklistGroup.IntegrateProcessesAndSystems),
        new("ec-shared-responsibility", ChecklistGroup.EnableTheCulture),
        new("ec-emphasize-metrics", ChecklistGroup.EnableTheCulture),
        new("ec-rewards-to-results", ChecklistGroup.EnableTheCulture),
        new("ec-conformity-to-processes", ChecklistGroup.EnableTheCulture),
        new("os-split-marketing", ChecklistGroup.IntegrateOrganizationalStructures),
        new("os-chief-revenue-officer", ChecklistGroup.IntegrateOrganizationalStructures),
    ];

    public static string GroupTitle(ChecklistGroup group, CultureInfo? culture = null)
    {
        if (!Enum.IsDefined(group))
        {
            throw new ArgumentOutOfRangeException(nameof(group), group, null);
        }

        return TextCatalogue.Recommendations.Get("ChecklistGroup." + group, culture);
    }
}
