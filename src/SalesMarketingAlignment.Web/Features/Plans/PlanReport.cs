using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Web.Features.Plans;

/// <summary>The PDF report's action plan section, worded in the current UI culture (the report's language).</summary>
public sealed class PlanReport(GetPlan getPlan, IStringLocalizer<SharedResource> localizer)
{
    public async Task<ActionPlanReport> BuildAsync(int assessmentId, Recommendation recommendation, CancellationToken cancellationToken)
    {
        var plan = await getPlan.BuildAsync(assessmentId, recommendation, cancellationToken);
        return From(plan, localizer, CultureInfo.CurrentUICulture);
    }

    public static ActionPlanReport From(ActionPlanView plan, IStringLocalizer localizer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(localizer);
        var rows = plan.Items
            .Select(i =>
            {
                var owner = localizer["Owner: {0}", i.OwnerName ?? localizer["nobody yet"].Value].Value;
                var due = i.DueDate is { } d ? localizer["Due: {0}", ChartFormat.Date(d, culture)].Value : localizer["No due date"].Value;
                var details = $"{owner}  ·  {due}  ·  {localizer[PlanCatalogue.StatusName(i.Status)].Value}";
                return new ActionPlanRow(localizer[PlanCatalogue.KindName(i.Kind)], i.Text, details, i.Overdue, i.Note);
            })
            .ToArray();
        return new ActionPlanReport(
            localizer["Action plan"],
            localizer["Who does each recommended action and checklist task, by when, and where it stands."],
            localizer["Overdue"],
            localizer["The recommendation lists no actions or checklist tasks for this round."],
            rows);
    }
}
