using System.Globalization;
using SalesMarketingAlignment.Domain.Comparison;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Results;

/// <summary>
/// Everything an assessment shows, after the anonymity rule: a department below the minimum group size shows only
/// its response count, and nothing from which its figures could be worked out (overall, gap, statement gaps, test).
/// A department with no responses is not withheld; it simply has no figures and makes the overall incomplete.
/// </summary>
public sealed class AssessmentResults
{
    private AssessmentResults(
        long salesResponses,
        long marketingResponses,
        GroupFigures? sales,
        GroupFigures? marketing,
        OverallScore? overall,
        DepartmentComparison? comparison,
        IReadOnlyList<Withholding> withheld,
        AnonymityRule rule)
    {
        SalesResponses = salesResponses;
        MarketingResponses = marketingResponses;
        Sales = sales;
        Marketing = marketing;
        Overall = overall;
        Comparison = comparison;
        Withheld = withheld;
        Rule = rule;
    }

    public long SalesResponses { get; }

    public long MarketingResponses { get; }

    /// <summary>Null when Sales has no responses or is withheld.</summary>
    public GroupFigures? Sales { get; }

    /// <summary>Null when Marketing has no responses or is withheld.</summary>
    public GroupFigures? Marketing { get; }

    /// <summary>Null when neither department has responses, or when either is withheld.</summary>
    public OverallScore? Overall { get; }

    /// <summary>Null unless both departments have figures.</summary>
    public DepartmentComparison? Comparison { get; }

    /// <summary>What the anonymity rule hid, and why. Empty when nothing was hidden.</summary>
    public IReadOnlyList<Withholding> Withheld { get; }

    public AnonymityRule Rule { get; }

    /// <summary>Departments with no responses at all (not withheld: there is nothing to show).</summary>
    public IReadOnlyList<Department> DepartmentsWithoutResponses =>
        new[] { (Department.Sales, SalesResponses), (Department.Marketing, MarketingResponses) }
            .Where(d => d.Item2 == 0)
            .Select(d => d.Item1)
            .ToArray();

    public bool IsWithheld(WithheldItem item) => Withheld.Any(w => w.Item == item);

    /// <summary>A group's figures, or null when it has no responses or fewer than the rule's minimum. For a subgroup shown beside its whole group, use <see cref="SubgroupFiguresOrNull"/>.</summary>
    public static GroupFigures? FiguresOrNull(ResponseCounts counts, AnonymityRule rule)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rule);
        return counts.Count > 0 && rule.Allows(counts.Count) ? GroupFigures.From(counts) : null;
    }

    /// <summary>
    /// Figures of a subgroup shown beside its whole group (e.g. Sales heads within Sales), or null when either the
    /// subgroup or the rest of the group is non-empty and below the minimum: otherwise subtracting the subgroup from the
    /// whole would reveal the rest.
    /// </summary>
    /// <exception cref="ArgumentException">The subgroup has more responses than the whole.</exception>
    public static GroupFigures? SubgroupFiguresOrNull(ResponseCounts subgroup, ResponseCounts whole, AnonymityRule rule)
    {
        ArgumentNullException.ThrowIfNull(subgroup);
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(rule);
        return rule.AllowsPartOf(subgroup.Count, whole.Count) ? FiguresOrNull(subgroup, rule) : null;
    }

    /// <summary>Applies the anonymity rule and computes what may be shown.</summary>
    public static AssessmentResults Compute(ResponseCounts sales, ResponseCounts marketing, AnonymityRule rule)
    {
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentNullException.ThrowIfNull(marketing);
        ArgumentNullException.ThrowIfNull(rule);

        var salesWithheld = sales.Count > 0 && !rule.Allows(sales.Count);
        var marketingWithheld = marketing.Count > 0 && !rule.Allows(marketing.Count);
        var salesFigures = FiguresOrNull(sales, rule);
        var marketingFigures = FiguresOrNull(marketing, rule);

        var withheld = new List<Withholding>();
        if (salesWithheld)
        {
            withheld.Add(new(WithheldItem.SalesFigures, [Department.Sales], sales.Count, rule.MinimumGroupSize));
        }

        if (marketingWithheld)
        {
            withheld.Add(new(WithheldItem.MarketingFigures, [Department.Marketing], marketing.Count, rule.MinimumGroupSize));
        }

        OverallScore? overall = null;
        DepartmentComparison? comparison = null;
        if (salesWithheld || marketingWithheld)
        {
            Department[] who = (salesWithheld, marketingWithheld) switch
            {
                (true, true) => [Department.Sales, Department.Marketing],
                (true, false) => [Department.Sales],
                _ => [Department.Marketing],
            };
            var onlyDepartment = sales.Count == 0 || marketing.Count == 0;
            withheld.Add(new(WithheldItem.Overall, who, 0, rule.MinimumGroupSize, onlyDepartment));

            // Gap, statement gaps and the test exist only when both departments answered.
            if (sales.Count > 0 && marketing.Count > 0)
            {
                withheld.Add(new(WithheldItem.Gap, who, 0, rule.MinimumGroupSize));
                withheld.Add(new(WithheldItem.StatementGaps, who, 0, rule.MinimumGroupSize));
                withheld.Add(new(WithheldItem.WelchTest, who, 0, rule.MinimumGroupSize));
            }
        }
        else
        {
            overall = (salesFigures, marketingFigures) switch
            {
                ({ } s, { } m) => Score((s.MeanTotal + m.MeanTotal) / 2, incomplete: false),
                ({ } s, null) => Score(s.MeanTotal, incomplete: true),
                (null, { } m) => Score(m.MeanTotal, incomplete: true),
                _ => null,
            };
            if (salesFigures is not null && marketingFigures is not null)
            {
                comparison = DepartmentComparison.Compare(salesFigures, marketingFigures);
            }
        }

        return new AssessmentResults(sales.Count, marketing.Count, salesFigures, marketingFigures, overall, comparison, withheld, rule);
    }

    private static OverallScore Score(decimal mean, bool incomplete) =>
        new(mean, ScoringKey.Round(mean), ScoringKey.LevelOfMean(mean), incomplete);
}
