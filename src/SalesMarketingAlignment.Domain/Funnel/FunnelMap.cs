using SalesMarketingAlignment.Domain.Results;

namespace SalesMarketingAlignment.Domain.Funnel;

/// <summary>
/// Counted Buying Funnel answers of one assessment, per department: how many respondents answered the part at all, and
/// per stage how many chose each lead. Read from the running tallies; no single response is behind it.
/// </summary>
public sealed class FunnelCounts
{
    private readonly Dictionary<(Department, FunnelStage, FunnelLead), long> _counts = [];
    private readonly Dictionary<Department, long> _respondents = [];

    public static FunnelCounts Empty => new();

    /// <summary>Adds <paramref name="count"/> answers "<paramref name="lead"/> leads <paramref name="stage"/>" of the department.</summary>
    public FunnelCounts Add(Department department, FunnelStage stage, FunnelLead lead, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _counts[(department, stage, lead)] = Count(department, stage, lead) + count;
        return this;
    }

    /// <summary>Adds <paramref name="count"/> respondents of the department who answered at least one stage.</summary>
    public FunnelCounts AddRespondents(Department department, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _respondents[department] = Respondents(department) + count;
        return this;
    }

    /// <summary>Counts one respondent's answers (for tests and the demo; the app counts in the database).</summary>
    public FunnelCounts Add(Department department, FunnelAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.IsEmpty)
        {
            return this;
        }

        AddRespondents(department, 1);
        foreach (var (stage, lead) in answers.Leads)
        {
            Add(department, stage, lead, 1);
        }

        return this;
    }

    public long Count(Department department, FunnelStage stage, FunnelLead lead) => _counts.GetValueOrDefault((department, stage, lead));

    public long Respondents(Department department) => _respondents.GetValueOrDefault(department);

    public bool IsEmpty => _respondents.Values.All(c => c == 0);
}

/// <summary>One department's view of one stage: the share of its answers per lead, and its most common answer(s).</summary>
/// <param name="Answers">How many of the department's respondents answered this stage (0: nobody did).</param>
/// <param name="Shares">Per lead, the share of <paramref name="Answers"/> (0-1); empty when withheld or unanswered.</param>
/// <param name="MostCommon">The lead(s) chosen most often; several on a tie; empty when withheld or unanswered.</param>
public sealed record FunnelStageView(long Answers, IReadOnlyDictionary<FunnelLead, decimal> Shares, IReadOnlyList<FunnelLead> MostCommon);

/// <summary>One department's view of the whole funnel; <see cref="Withheld"/> when fewer than the minimum group answered it.</summary>
/// <param name="Respondents">How many of the department's respondents answered at least one stage.</param>
public sealed record FunnelDepartmentView(Department Department, long Respondents, bool Withheld, IReadOnlyDictionary<FunnelStage, FunnelStageView> Stages);

/// <summary>A stage of the map: both departments' views and what to point out.</summary>
/// <param name="Disagree">Both departments are shown and no answer is the most common in both (on a tie, any shared top answer counts as agreement).</param>
/// <param name="NoOneLeads">In a shown department, "No one" is the most common answer (alone or tied).</param>
public sealed record FunnelStageResult(FunnelStage Stage, FunnelStageView Sales, FunnelStageView Marketing, bool Disagree, bool NoOneLeads);

/// <summary>
/// The Buying Funnel map of an assessment: per stage, Sales' and Marketing's view side by side, with the stages where
/// the departments disagree or where no one leads. A department whose funnel respondents are fewer than the anonymity
/// rule's minimum is withheld as a whole (docs/decisions/0018-buying-funnel.md).
/// </summary>
public sealed record FunnelMap(FunnelDepartmentView Sales, FunnelDepartmentView Marketing, IReadOnlyList<FunnelStageResult> Stages)
{
    public static FunnelMap From(FunnelCounts counts, AnonymityRule rule)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rule);
        var sales = ViewOf(Department.Sales, counts, rule);
        var marketing = ViewOf(Department.Marketing, counts, rule);
        var stages = BuyingFunnel.Stages.Select(stage =>
        {
            var s = sales.Stages[stage];
            var m = marketing.Stages[stage];
            var disagree = s.MostCommon.Count > 0 && m.MostCommon.Count > 0 && !s.MostCommon.Intersect(m.MostCommon).Any();
            var noOne = s.MostCommon.Contains(FunnelLead.NoOne) || m.MostCommon.Contains(FunnelLead.NoOne);
            return new FunnelStageResult(stage, s, m, disagree, noOne);
        }).ToArray();
        return new FunnelMap(sales, marketing, stages);
    }

    /// <summary>Stages where the departments disagree.</summary>
    public IEnumerable<FunnelStage> Disagreements => Stages.Where(s => s.Disagree).Select(s => s.Stage);

    /// <summary>Stages where no one leads.</summary>
    public IEnumerable<FunnelStage> Leaderless => Stages.Where(s => s.NoOneLeads).Select(s => s.Stage);

    public FunnelDepartmentView Of(Department department) => department == Department.Sales ? Sales : Marketing;

    private static FunnelDepartmentView ViewOf(Department department, FunnelCounts counts, AnonymityRule rule)
    {
        var respondents = counts.Respondents(department);
        var withheld = !rule.Allows(respondents);
        var stages = BuyingFunnel.Stages.ToDictionary(stage => stage, stage =>
        {
            var perLead = BuyingFunnel.Leads.ToDictionary(lead => lead, lead => counts.Count(department, stage, lead));
            var answers = perLead.Values.Sum();
            if (withheld || answers == 0)
            {
                return new FunnelStageView(withheld ? 0 : answers, new Dictionary<FunnelLead, decimal>(), []);
            }

            var top = perLead.Values.Max();
            return new FunnelStageView(
                answers,
                perLead.ToDictionary(p => p.Key, p => (decimal)p.Value / answers),
                perLead.Where(p => p.Value == top).Select(p => p.Key).ToArray());
        });
        return new FunnelDepartmentView(department, respondents, withheld, stages);
    }
}
