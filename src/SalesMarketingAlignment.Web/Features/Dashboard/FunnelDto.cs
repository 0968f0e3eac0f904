using SalesMarketingAlignment.Domain.Funnel;

namespace SalesMarketingAlignment.Web.Features.Dashboard;

/// <summary>Share (0-1, four decimals) of a department's answers to one stage per lead.</summary>
public sealed record FunnelSharesDto(decimal Marketing, decimal Sales, decimal Both, decimal NoOne);

/// <summary>One department's view of one stage: null shares and an empty mostCommon when withheld or nobody answered it.</summary>
/// <param name="MostCommon">"Marketing", "Sales", "Both" or "NoOne"; several on a tie.</param>
public sealed record FunnelStageViewDto(long Answers, FunnelSharesDto? Shares, IReadOnlyList<string> MostCommon);

/// <param name="Respondents">How many of the department answered at least one stage.</param>
/// <param name="Withheld">Fewer respondents than the minimum group: no share of this department is given.</param>
public sealed record FunnelDepartmentDto(long Respondents, bool Withheld);

/// <param name="Stage">"customerAwareness" … "customerAdvocacy", widest first.</param>
public sealed record FunnelStageDto(string Stage, FunnelStageViewDto Sales, FunnelStageViewDto Marketing, bool Disagree, bool NoOneLeads);

/// <summary>The Buying Funnel map in the results (docs/decisions/0018-buying-funnel.md).</summary>
/// <param name="Asked">Whether the survey asks the part now (answers given before it was switched off are still shown).</param>
public sealed record FunnelDto(bool Asked, FunnelDepartmentDto Sales, FunnelDepartmentDto Marketing, IReadOnlyList<FunnelStageDto> Stages)
{
    public static FunnelDto? From(FunnelMap? map, bool asked)
    {
        if (map is null)
        {
            return null;
        }

        static FunnelStageViewDto View(FunnelStageView view) => new(
            view.Answers,
            view.Shares.Count == 0
                ? null
                : new FunnelSharesDto(Share(view, FunnelLead.Marketing), Share(view, FunnelLead.Sales), Share(view, FunnelLead.Both), Share(view, FunnelLead.NoOne)),
            view.MostCommon.Select(l => l.ToString()).ToArray());

        return new FunnelDto(
            asked,
            new FunnelDepartmentDto(map.Sales.Respondents, map.Sales.Withheld),
            new FunnelDepartmentDto(map.Marketing.Respondents, map.Marketing.Withheld),
            map.Stages.Select(s => new FunnelStageDto(BuyingFunnel.Key(s.Stage), View(s.Sales), View(s.Marketing), s.Disagree, s.NoOneLeads)).ToArray());
    }

    private static decimal Share(FunnelStageView view, FunnelLead lead) =>
        Math.Round(view.Shares.GetValueOrDefault(lead), 4, MidpointRounding.AwayFromZero);
}
