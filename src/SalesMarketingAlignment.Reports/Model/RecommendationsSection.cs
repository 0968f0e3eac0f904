namespace SalesMarketingAlignment.Reports.Model;

/// <summary>Where a condition of "Do We Need to Be More Aligned?" stands for this organization.</summary>
public enum ConditionState
{
    Holds = 1,
    DoesNotHold = 2,
    /// <summary>Nobody has assessed the conditions yet.</summary>
    NotAssessed = 3,
    NotApplicable = 4,
}

public sealed record ConditionLine(string Text, ConditionState State);

/// <summary>One "Moving Up" action, with the article section it comes from.</summary>
public sealed record ActionItem(string Title, string Description, string ArticleSection);

/// <summary>A task of the Integration Checklist; ticked tasks say who ticked them and when.</summary>
public sealed record ChecklistTask
{
    public ChecklistTask(string text, string? tickedBy = null, DateOnly? tickedOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if ((tickedBy is null) != (tickedOn is null))
        {
            throw new ArgumentException("A ticked task has both who ticked it and when.", nameof(tickedBy));
        }

        Text = text;
        TickedBy = tickedBy;
        TickedOn = tickedOn;
    }

    public string Text { get; }

    public string? TickedBy { get; }

    public DateOnly? TickedOn { get; }

    public bool Ticked => TickedBy is not null;
}

public sealed record ChecklistGroup(string Title, IReadOnlyList<ChecklistTask> Tasks);

/// <summary>What to do next: the decision, why, the conditions weighed, the transition actions and the checklist.</summary>
public sealed record RecommendationsSection
{
    public RecommendationsSection(
        string decision,
        string? currentLevel,
        string? targetLevel,
        IReadOnlyList<string> reasons,
        IReadOnlyList<string> caveats,
        IReadOnlyList<ConditionLine> conditions,
        IReadOnlyList<ActionItem> actions,
        string? perceptionGapAdvice,
        IReadOnlyList<ChecklistGroup> checklist,
        string? rationale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decision);
        Decision = decision;
        CurrentLevel = currentLevel;
        TargetLevel = targetLevel;
        Reasons = reasons?.ToArray() ?? throw new ArgumentNullException(nameof(reasons));
        Caveats = caveats?.ToArray() ?? throw new ArgumentNullException(nameof(caveats));
        Conditions = conditions?.ToArray() ?? throw new ArgumentNullException(nameof(conditions));
        Actions = actions?.ToArray() ?? throw new ArgumentNullException(nameof(actions));
        PerceptionGapAdvice = perceptionGapAdvice;
        Checklist = checklist?.ToArray() ?? throw new ArgumentNullException(nameof(checklist));
        Rationale = rationale;
    }

    /// <summary>The decision in one line, e.g. "Move from Defined to Aligned".</summary>
    public string Decision { get; }

    public string? CurrentLevel { get; }

    public string? TargetLevel { get; }

    public IReadOnlyList<string> Reasons { get; }

    public IReadOnlyList<string> Caveats { get; }

    public IReadOnlyList<ConditionLine> Conditions { get; }

    public IReadOnlyList<ActionItem> Actions { get; }

    public string? PerceptionGapAdvice { get; }

    public IReadOnlyList<ChecklistGroup> Checklist { get; }

    public string? Rationale { get; }

    /// <summary>Whether anyone has assessed the conditions; false makes every unchecked one read "not assessed yet".</summary>
    public bool ConditionsAssessed { get; init; }

    /// <summary>Who last assessed the conditions (display name or email); null when unknown or not assessed.</summary>
    public string? ConditionsAssessedBy { get; init; }

    public DateOnly? ConditionsAssessedOn { get; init; }
}
