using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// The demo's Buying Funnel answers on the latest round (docs/decisions/0018-buying-funnel.md): Marketing sees itself
/// leading the first steps and sharing the purchase steps; Sales sees Marketing stop after brand preference, and both
/// say no one looks after customer advocacy. Same every time.
/// </summary>
internal static class DemoBuyingFunnel
{
    /// <summary>The answer most of each department gives, stage by stage (customer awareness first).</summary>
    private static readonly FunnelLead[] SalesView =
    [
        FunnelLead.Marketing, FunnelLead.Marketing, FunnelLead.Marketing, FunnelLead.Marketing,
        FunnelLead.Sales, FunnelLead.Sales, FunnelLead.Sales, FunnelLead.NoOne,
    ];

    private static readonly FunnelLead[] MarketingView =
    [
        FunnelLead.Marketing, FunnelLead.Marketing, FunnelLead.Marketing, FunnelLead.Both,
        FunnelLead.Both, FunnelLead.Sales, FunnelLead.Both, FunnelLead.NoOne,
    ];

    public static async Task SeedAsync(AlignmentDbContext db, Assessment assessment, CancellationToken cancellationToken)
    {
        assessment.BuyingFunnel = true;
        var random = new Random(2017);
        var answers = new List<(Department, FunnelAnswers)>();
        foreach (var response in assessment.Responses)
        {
            var view = response.Department == Department.Sales ? SalesView : MarketingView;
            var leads = new Dictionary<FunnelStage, FunnelLead>();
            foreach (var stage in BuyingFunnel.Stages)
            {
                var draw = random.NextDouble();
                if (draw < 0.08)
                {
                    continue; // Left out: the part is optional per stage.
                }

                leads[stage] = draw < 0.75 ? view[(int)stage - 1] : BuyingFunnel.Leads[random.Next(BuyingFunnel.Leads.Count)];
            }

            answers.Add((response.Department, FunnelAnswers.Create(leads)));
        }

        await db.AddFunnelAnswersAsync(assessment.Id, answers, cancellationToken);
    }
}
