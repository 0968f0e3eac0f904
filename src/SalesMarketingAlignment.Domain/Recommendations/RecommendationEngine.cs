using System.Globalization;
using System.Text;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>
/// The decision rule of docs/method.md: at the current level, any reason to tighten that holds means move up
/// (reasons to stay become caveats); otherwise any reason to stay means stay; otherwise undecided.
/// </summary>
public static class RecommendationEngine
{
    public const int WeakSpotCount = 3;

    /// <param name="conditionIdsThatHold">Ids of the "Do We Need to Be More Aligned?" conditions that hold; duplicates are ignored.</param>
    /// <exception cref="ArgumentException">An id names no condition.</exception>
    /// <param name="culture">Language of the rationale and advice; the current UI culture when null.</param>
    public static Recommendation Recommend(AssessmentResults results, IEnumerable<string> conditionIdsThatHold, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(conditionIdsThatHold);

        var held = new HashSet<AlignmentCondition>();
        foreach (var id in conditionIdsThatHold)
        {
            if (!AlignmentConditions.TryGet(id, out var condition))
            {
                throw new ArgumentException($"Unknown alignment condition '{id}'.", nameof(conditionIdsThatHold));
            }

            held.Add(condition);
        }

        culture ??= CultureInfo.CurrentUICulture;
        var rationale = new StringBuilder();

        if (results.Overall is not { } overall)
        {
            var why = results.IsWithheld(WithheldItem.Overall) ? "Rationale.Withheld" : "Rationale.NoResponses";
            rationale.Append(RecommendationTexts.Format("Rationale.InsufficientData", culture, RecommendationTexts.Get(why, culture)));
            return new Recommendation { Decision = Decision.InsufficientData, Rationale = rationale.ToString() };
        }

        var level = overall.Level;
        rationale.Append(RecommendationTexts.Format("Rationale.Score", culture, ScoringKey.Format(overall.MeanShown, culture), LevelName(level, culture)));
        if (overall.Incomplete)
        {
            rationale.Append(' ').Append(RecommendationTexts.Get("Rationale.Incomplete", culture));
        }

        var ofLevel = AlignmentConditions.ForLevel(level);
        var tighten = ofLevel.Where(c => c.Kind == ConditionKind.Tighten && held.Contains(c)).ToArray();
        var stay = ofLevel.Where(c => c.Kind == ConditionKind.Stay && held.Contains(c)).ToArray();
        var notApplicable = AlignmentConditions.All.Where(c => c.Level != level && held.Contains(c)).ToArray();

        Decision decision;
        AlignmentLevel? target;
        IReadOnlyList<AlignmentCondition> reasons = [], caveats = [], toAssess = [];
        IReadOnlyList<TransitionAction> actions = [];
        rationale.Append(' ');
        if (level == AlignmentLevel.Integrated)
        {
            decision = Decision.Maintain;
            target = level;
            rationale.Append(RecommendationTexts.Get("Rationale.Maintain", culture));
        }
        else if (tighten.Length > 0)
        {
            decision = Decision.MoveUp;
            target = ScoringKey.Next(level);
            reasons = tighten;
            caveats = stay;
            actions = TransitionActions.For(level);
            rationale.Append(RecommendationTexts.Format(
                "Rationale.MoveUp", culture, LevelName(level, culture), Conditions(tighten, culture), LevelName(target!.Value, culture)));
            if (stay.Length > 0)
            {
                rationale.Append(' ').Append(RecommendationTexts.Format("Rationale.Caveats", culture, Conditions(stay, culture)));
            }
        }
        else if (stay.Length > 0)
        {
            decision = Decision.Stay;
            target = level;
            reasons = stay;
            rationale.Append(RecommendationTexts.Format("Rationale.Stay", culture, LevelName(level, culture), Conditions(stay, culture)));
        }
        else
        {
            decision = Decision.Undecided;
            target = null;
            toAssess = ofLevel;
            rationale.Append(RecommendationTexts.Format(
                "Rationale.Undecided", culture, LevelName(level, culture), LevelName(ScoringKey.Next(level)!.Value, culture)));
        }

        if (notApplicable.Length > 0)
        {
            rationale.Append(' ').Append(RecommendationTexts.Format("Rationale.NotApplicable", culture, Conditions(notApplicable, culture)));
        }

        var advice = PerceptionGap(results, culture);
        if (advice is not null)
        {
            rationale.Append(' ').Append(RecommendationTexts.Format("Rationale.PerceptionGap", culture, GapClauses(advice, culture)));
        }

        return new Recommendation
        {
            CurrentLevel = level,
            Decision = decision,
            TargetLevel = target,
            Reasons = reasons,
            Caveats = caveats,
            ConditionsToAssess = toAssess,
            NotApplicable = notApplicable,
            Actions = actions,
            IncludesChecklist = level == AlignmentLevel.Integrated || target == AlignmentLevel.Integrated,
            WeakSpots = WeakSpots(results, level),
            PerceptionGapAdvice = advice,
            Rationale = rationale.ToString(),
        };
    }

    /// <summary>
    /// The statements with the lowest overall mean (each department counting equally), ties by statement number, each
    /// with its action for the move from <paramref name="level"/>.
    /// </summary>
    internal static IReadOnlyList<WeakSpot> WeakSpots(AssessmentResults results, AlignmentLevel level)
    {
        IEnumerable<(int Number, decimal Mean)> means = (results.Sales, results.Marketing) switch
        {
            ({ } s, { } m) => s.Statements.Zip(m.Statements, (a, b) => (a.Number, (a.Mean + b.Mean) / 2)),
            ({ } s, null) => s.Statements.Select(a => (a.Number, a.Mean)),
            (null, { } m) => m.Statements.Select(b => (b.Number, b.Mean)),
            _ => [],
        };
        return means
            .OrderBy(x => x.Mean)
            .ThenBy(x => x.Number)
            .Take(WeakSpotCount)
            .Select(x => new WeakSpot(x.Number, x.Mean, WeakSpotMapping.ActionFor(x.Number, level)))
            .ToArray();
    }

    private static PerceptionGapAdvice? PerceptionGap(AssessmentResults results, CultureInfo culture)
    {
        if (results.Comparison is not { } comparison)
        {
            return null;
        }

        var significant = comparison.Welch?.Significant ?? false;
        if (!comparison.LevelsDiffer && !significant)
        {
            return null;
        }

        var divergent = comparison.Divergent.Select(g => g.Number).ToArray();
        var clauses = Clauses(comparison.LevelsDiffer, significant, culture);
        var text = divergent.Length > 0
            ? RecommendationTexts.Format("PerceptionGap.Text", culture, clauses, string.Join(", ", divergent))
            : RecommendationTexts.Format("PerceptionGap.TextNoDivergent", culture, clauses);
        return new PerceptionGapAdvice(divergent, comparison.LevelsDiffer, significant, text);
    }

    private static string GapClauses(PerceptionGapAdvice advice, CultureInfo culture) =>
        Clauses(advice.LevelsDiffer, advice.Significant, culture);

    private static string Clauses(bool levelsDiffer, bool significant, CultureInfo culture)
    {
        var parts = new List<string>();
        if (levelsDiffer)
        {
            parts.Add(RecommendationTexts.Get("Rationale.LevelsDiffer", culture));
        }

        if (significant)
        {
            parts.Add(RecommendationTexts.Get("Rationale.Significant", culture));
        }

        return string.Join(RecommendationTexts.Get("Rationale.ClauseAnd", culture), parts);
    }

    private static string LevelName(AlignmentLevel level, CultureInfo culture) => RecommendationTexts.LevelName(level, culture);

    private static string Conditions(IEnumerable<AlignmentCondition> conditions, CultureInfo culture) =>
        string.Join(" ", conditions.Select(c => c.Text(culture)));
}
