namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>What the decision rule concludes for the organization's current level.</summary>
public enum Decision
{
    /// <summary>A reason to tighten the relationship holds: move to the next level.</summary>
    MoveUp = 1,

    /// <summary>Only reasons to leave things as they are hold.</summary>
    Stay = 2,

    /// <summary>No condition of the current level was confirmed; assess them to decide.</summary>
    Undecided = 3,

    /// <summary>Already integrated: keep it so.</summary>
    Maintain = 4,

    /// <summary>No overall score (no responses, or withheld by the anonymity rule).</summary>
    InsufficientData = 5,
}

/// <summary>Advice to work through the perception gap between the departments before acting.</summary>
/// <param name="DivergentStatements">Numbers of the divergent statements, largest gap first.</param>
public sealed record PerceptionGapAdvice(IReadOnlyList<int> DivergentStatements, bool LevelsDiffer, bool Significant);

/// <summary>Why there is no recommendation.</summary>
public enum InsufficientDataCause
{
    None = 0,
    NoResponses = 1,

    /// <summary>The anonymity rule withholds the overall score.</summary>
    Withheld = 2,
}

/// <summary>
/// The recommendation for one assessment as facts: the decision, the conditions behind it, the caveats. It holds no
/// sentence; AlignmentWording puts it into words in the reader's language.
/// </summary>
public sealed class Recommendation
{
    internal Recommendation()
    {
    }

    /// <summary>The overall level, or null when there is no overall score.</summary>
    public AlignmentLevel? CurrentLevel { get; internal init; }

    public Decision Decision { get; internal init; }

    /// <summary>The level to aim for: the next one for MoveUp, the current one for Stay and Maintain, null otherwise.</summary>
    public AlignmentLevel? TargetLevel { get; internal init; }

    /// <summary>The conditions that carry the decision (tighten conditions for MoveUp, stay conditions for Stay).</summary>
    public IReadOnlyList<AlignmentCondition> Reasons { get; internal init; } = [];

    /// <summary>Stay conditions that also hold when the decision is MoveUp.</summary>
    public IReadOnlyList<AlignmentCondition> Caveats { get; internal init; } = [];

    /// <summary>For Undecided: all conditions of the current level, to be assessed.</summary>
    public IReadOnlyList<AlignmentCondition> ConditionsToAssess { get; internal init; } = [];

    /// <summary>Conditions reported as holding that belong to another level than the current one, so were not used.</summary>
    public IReadOnlyList<AlignmentCondition> NotApplicable { get; internal init; } = [];

    /// <summary>For MoveUp: the actions of the move.</summary>
    public IReadOnlyList<TransitionAction> Actions { get; internal init; } = [];

    /// <summary>True when the current or target level is Integrated: show the Integration Checklist.</summary>
    public bool IncludesChecklist { get; internal init; }

    /// <summary>The three statements with the lowest overall mean, each with an action; empty without figures.</summary>
    public IReadOnlyList<WeakSpot> WeakSpots { get; internal init; } = [];

    /// <summary>Present when the departments' levels differ or their totals differ significantly.</summary>
    public PerceptionGapAdvice? PerceptionGapAdvice { get; internal init; }

    /// <summary>For InsufficientData: why there is no overall score.</summary>
    public InsufficientDataCause InsufficientDataCause { get; internal init; }

    /// <summary>Only one department has answered, so the level is that department's view alone.</summary>
    public bool Incomplete { get; internal init; }
}
