namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>A statement the organization scores low on, with the action that addresses it.</summary>
/// <param name="Mean">Overall mean answer: the plain mean of the two department means (exact).</param>
public sealed record WeakSpot(int StatementNumber, decimal Mean, TransitionAction Action)
{
    public decimal MeanShown => Scoring.ScoringKey.Round(Mean);
}

/// <summary>The project's own mapping of each statement to the action that most directly improves it (docs/decisions/0004).</summary>
public static class WeakSpotMapping
{
    private static readonly string[] ActionIds =
    [
        "ai-integrated-metrics",        // 1 sales figures close to forecast
        "ud-handoff-points",            // 2 no finger-pointing when things go wrong
        "da-joint-assignments",         // 3 marketers meet key customers during the sale
        "da-joint-assignments",         // 4 Sales helps draft the marketing plan
        "da-disciplined-communication", // 5 salespeople value Marketing's collateral
        "da-sales-feedback",            // 6 sales force supplies feedback willingly
        "ud-common-language",           // 7 common language
        "ai-split-marketing",           // 8 heads confer on upstream issues
        "ai-shared-funnel",             // 9 jointly define segment buying behavior
        "ud-rules-of-engagement",       // 10 little time on disputes and crises
        "ai-chief-revenue-officer",     // 11 heads plan together two or more years ahead
        "ai-integrated-metrics",        // 12 common metrics
        "da-marketing-liaison",         // 13 Marketing in key-account strategy
        "ai-shared-funnel",             // 14 jointly developed funnels
        "ai-shared-funnel",             // 15 Marketing analyzes funnel data
        "ai-shared-targets-rewards",    // 16 "rise or fall together"
        "ai-chief-revenue-officer",     // 17 single C-level executive
        "da-joint-assignments",         // 18 interchange of people
        "da-joint-assignments",         // 19 joint training and events
        "da-disciplined-communication", // 20 each other's plans to top executives
    ];

    /// <summary>The action tied to statement <paramref name="statementNumber"/> (1-20).</summary>
    public static TransitionAction ActionFor(int statementNumber) =>
        TransitionActions.Get(ActionIds[Instrument.Questionnaire.Get(statementNumber).Number - 1]);
}
