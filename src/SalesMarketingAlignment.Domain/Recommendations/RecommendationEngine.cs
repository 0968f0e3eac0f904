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
    public static Recommendation Recommend(AssessmentResults results, IEnumerable<string> conditionIdsThatHold)
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

        if (results.Overall is not { } overall)
        {
            var cause = results.IsWithheld(WithheldItem.Overall) ? InsufficientDataCause.Withheld : InsufficientDataCause.NoResponses;
            return new Recommendation { Decision = Decision.InsufficientData, InsufficientDataCause = cause };
        }

        var level = overall.Level;
        var ofLevel = AlignmentConditions.ForLevel(level);
        var tighten = ofLevel.Where(c => c.Kind == ConditionKind.Tighten && held.Contains(c)).ToArray();
        var stay = ofLevel.Where(c => c.Kind == ConditionKind.Stay && held.Contains(c)).ToArray();
        var notApplicable = AlignmentConditions.All.Where(c => c.Level != level && held.Contains(c)).ToArray();

        Decision decision;
        AlignmentLevel? target;
        IReadOnlyList<AlignmentCondition> reasons = [], caveats = [], toAssess = [];
        IReadOnlyList<TransitionAction> actions = [];
        if (level == AlignmentLevel.Integrated)
        {
            decision = Decision.Maintain;
            target = level;
        }
        else if (tighten.Length > 0)
        {
            decision = Decision.MoveUp;
            target = ScoringKey.Next(level);
            reasons = tighten;
            caveats = stay;
            actions = TransitionActions.For(level);
        }
        else if (stay.Length > 0)
        {
            decision = Decision.Stay;
            target = level;
            reasons = stay;
        }
        else
        {
            decision = Decision.Undecided;
            target = null;
            toAssess = ofLevel;
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
            PerceptionGapAdvice = PerceptionGap(results),
            Incomplete = overall.Incomplete,
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

    private static PerceptionGapAdvice? PerceptionGap(AssessmentResults results)
    {
        if (results.Comparison is not { } comparison)
        {
            return null;
        }

        var significant = comparison.Welch?.Significant ?? false;
        return comparison.LevelsDiffer || significant
            ? new PerceptionGapAdvice(comparison.Divergent.Select(g => g.Number).ToArray(), comparison.LevelsDiffer, significant)
            : null;
    }
}
