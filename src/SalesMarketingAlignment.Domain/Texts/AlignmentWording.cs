using System.Globalization;
using SalesMarketingAlignment.Domain.Comparison;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Texts;

/// <summary>
/// The one place that puts results and recommendations into words, for the dashboard, the API, the PDF report and the
/// export file names alike. The domain returns facts (decisions, condition ids, numbers); each sentence here has exactly
/// one key in <see cref="TextCatalogue.Wording"/> (level, department and role names in <see cref="TextCatalogue.Instrument"/>).
/// </summary>
public static class AlignmentWording
{
    /// <summary>At most this many reasons are listed under the decision: a reader takes in three, not seven.</summary>
    public const int MaxReasons = 3;

    private static TextCatalogue Words => TextCatalogue.Wording;

    public static string LevelName(AlignmentLevel level, CultureInfo? culture = null) =>
        TextCatalogue.Instrument.Get("Level" + level, culture);

    public static string LevelSummary(AlignmentLevel level, CultureInfo? culture = null) =>
        TextCatalogue.Instrument.Get("Level" + level + "Summary", culture);

    public static string DepartmentName(Department department, CultureInfo? culture = null) =>
        TextCatalogue.Instrument.Get("Department" + department, culture);

    public static string RoleName(RespondentRole role, CultureInfo? culture = null) =>
        TextCatalogue.Instrument.Get("Role" + role, culture);

    /// <summary>The recommendation as one line: what to do.</summary>
    public static string DecisionLine(Recommendation recommendation, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        string Level(AlignmentLevel? level) => level is { } l ? LevelName(l, culture) : string.Empty;
        return recommendation.Decision switch
        {
            Decision.MoveUp => Words.Format("Decision.MoveUp", culture, Level(recommendation.CurrentLevel), Level(recommendation.TargetLevel)),
            Decision.Stay => Words.Format("Decision.Stay", culture, Level(recommendation.CurrentLevel)),
            Decision.Maintain => Words.Format("Decision.Maintain", culture, Level(recommendation.CurrentLevel)),
            Decision.Undecided => Words.Format("Decision.Undecided", culture, Level(recommendation.CurrentLevel)),
            Decision.InsufficientData => Words.Get("Decision.InsufficientData", culture),
            _ => throw new ArgumentOutOfRangeException(nameof(recommendation), recommendation.Decision, null),
        };
    }

    /// <summary>Why, as up to <see cref="MaxReasons"/> short items: the conditions that carry the decision, or the cause when there is none.</summary>
    public static IReadOnlyList<string> Reasons(Recommendation recommendation, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        return recommendation.Decision switch
        {
            Decision.Maintain => [Words.Get("Reason.Maintain", culture)],
            Decision.InsufficientData => [Words.Get(
                recommendation.InsufficientDataCause == InsufficientDataCause.Withheld ? "Reason.Withheld" : "Reason.NoResponses", culture)],
            _ => recommendation.Reasons.Take(MaxReasons).Select(c => c.Text(culture)).ToArray(),
        };
    }

    /// <summary>What to keep in mind besides the reasons: a one-department score, stay reasons outweighed, conditions of another level.</summary>
    public static IReadOnlyList<Caveat> Caveats(Recommendation recommendation, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var caveats = new List<Caveat>();
        if (recommendation.Incomplete)
        {
            caveats.Add(new Caveat(Words.Get("Caveat.Incomplete", culture), []));
        }

        if (recommendation.Caveats.Count > 0)
        {
            caveats.Add(new Caveat(Words.Get("Caveat.StayReasons", culture), recommendation.Caveats.Select(c => c.Text(culture)).ToArray()));
        }

        if (recommendation.NotApplicable.Count > 0)
        {
            caveats.Add(new Caveat(Words.Get("Caveat.NotApplicable", culture), recommendation.NotApplicable.Select(c => c.Text(culture)).ToArray()));
        }

        return caveats;
    }

    /// <summary>The perception-gap advice: what the two departments disagree on, and what to do about it first.</summary>
    public static string PerceptionGapAdvice(PerceptionGapAdvice advice, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var lead = Words.Get(advice.LevelsDiffer ? "Advice.LevelsDiffer" : "Advice.Significant", culture);
        var next = advice.DivergentStatements.Count > 0
            ? Words.Format("Advice.Divergent", culture, string.Join(", ", advice.DivergentStatements.Select(n => n.ToString(culture ?? CultureInfo.CurrentUICulture))))
            : Words.Get("Advice.NoDivergent", culture);
        return lead + " " + next;
    }

    /// <summary>Which department rates the relationship higher and by how much, at which levels, and how many statements diverge; empty without a comparison.</summary>
    public static string GapSentence(AssessmentResults results, CultureInfo? culture = null, bool withDivergent = true)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results is not { Comparison: { } comparison, Sales: { } sales, Marketing: { } marketing })
        {
            return string.Empty;
        }

        var c = culture ?? CultureInfo.CurrentUICulture;
        var parts = new List<string>
        {
            comparison.GapShown switch
            {
                > 0 => Words.Format("Gap.SalesHigher", c, Mean(comparison.Gap, c), Mean(sales.MeanTotal, c), Mean(marketing.MeanTotal, c)),
                < 0 => Words.Format("Gap.MarketingHigher", c, Mean(-comparison.Gap, c), Mean(marketing.MeanTotal, c), Mean(sales.MeanTotal, c)),
                _ => Words.Format("Gap.Equal", c, Mean(sales.MeanTotal, c)),
            },
            sales.Level == marketing.Level
                ? Words.Format("Gap.SameLevel", c, LevelName(sales.Level, c))
                : Words.Format("Gap.LevelsDiffer", c, LevelName(sales.Level, c), LevelName(marketing.Level, c)),
        };
        if (withDivergent && comparison.Divergent.Count > 0)
        {
            parts.Add(Words.Format("Gap.Divergent", c, comparison.Divergent.Count.ToString(c)));
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// Whether the gap is more than chance and how big it is, in words an executive reads, with Welch's p and Hedges' g
    /// in brackets for whoever checks; empty without a comparison.
    /// </summary>
    public static string SignificanceSentence(AssessmentResults results, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results is not { Comparison: { } comparison, Sales: { } sales, Marketing: { } marketing })
        {
            return string.Empty;
        }

        if (comparison.Welch is not { } welch || comparison.HedgesG is not { } g)
        {
            return Words.Get(sales.Count < 2 || marketing.Count < 2 ? "Significance.TooFewResponses" : "Significance.NoVariation", culture);
        }

        var chance = welch.PValue switch
        {
            < 0.001 => "Significance.VeryUnlikelyChance",
            _ when welch.Significant => "Significance.UnlikelyChance",
            _ => "Significance.CouldBeChance",
        };
        return string.Join(' ', Words.Get(chance, culture), EffectSize(g, culture), Words.Format("Significance.Technical", culture, PValue(welch.PValue, culture), HedgesG(g, culture)));
    }

    /// <summary>"p = 0.012", or "p &lt; 0.001": a p-value is never exactly zero.</summary>
    public static string PValue(double p, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return p < 0.001
            ? Words.Format("PValue.Below", c, 0.001.ToString("0.000", c))
            : Words.Format("PValue.Equal", c, p.ToString("0.000", c));
    }

    /// <summary>Hedges' g with two decimals and its sign (positive: Sales rates higher), with a true minus sign.</summary>
    public static string HedgesG(double g, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        var text = Math.Abs(g).ToString("0.00", c);
        return g < 0 && text != 0.0.ToString("0.00", c) ? "\u2212" + text : text;
    }

    /// <summary>Cohen's conventional bands for |g|: below 0.2 negligible, 0.5 small, 0.8 medium, else large.</summary>
    public static string EffectSize(double hedgesG, CultureInfo? culture = null) => Words.Get(
        Math.Abs(hedgesG) switch
        {
            < 0.2 => "EffectSize.Negligible",
            < 0.5 => "EffectSize.Small",
            < 0.8 => "EffectSize.Medium",
            _ => "EffectSize.Large",
        },
        culture);

    /// <summary>Why the anonymity rule hides this part.</summary>
    public static string WithheldReason(Withholding withholding, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(withholding);
        var who = withholding.Departments.Count switch
        {
            0 => string.Empty,
            1 => DepartmentName(withholding.Departments[0], culture),
            _ => Words.Format("Withheld.And", culture, DepartmentName(withholding.Departments[0], culture), DepartmentName(withholding.Departments[1], culture)),
        };
        return withholding.Item switch
        {
            WithheldItem.SalesFigures or WithheldItem.MarketingFigures =>
                Words.Format("Withheld.DepartmentFigures", culture, who, withholding.Responses, withholding.MinimumGroupSize),
            WithheldItem.Overall => Words.Format(
                withholding.OnlyDepartment ? "Withheld.OverallSingleDepartment" : "Withheld.Overall", culture, who, withholding.MinimumGroupSize),
            WithheldItem.Gap => Words.Format("Withheld.Gap", culture, who, withholding.MinimumGroupSize),
            WithheldItem.StatementGaps => Words.Format("Withheld.StatementGaps", culture, who, withholding.MinimumGroupSize),
            WithheldItem.WelchTest => Words.Format("Withheld.WelchTest", culture, who, withholding.MinimumGroupSize),
            _ => throw new ArgumentOutOfRangeException(nameof(withholding), withholding.Item, null),
        };
    }

    private static string Mean(decimal value, CultureInfo culture) => ScoringKey.Format(value, culture);
}

/// <summary>A caveat to show apart from the reasons: a sentence, and the conditions it concerns (may be empty).</summary>
public sealed record Caveat(string Text, IReadOnlyList<string> Items);
