namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>A statement the organization scores low on, with the action that addresses it at the organization's level.</summary>
/// <param name="Mean">Overall mean answer: the plain mean of the two department means (exact).</param>
public sealed record WeakSpot(int StatementNumber, decimal Mean, TransitionAction Action)
{
    public decimal MeanShown => Scoring.ScoringKey.Round(Mean);
}

/// <summary>
/// The project's own mapping of each statement to one action per "Moving Up" transition (docs/decisions/0004): a
/// weak statement gets the action of the move the organization faces next, never one from a later move.
/// </summary>
public static class WeakSpotMapping
{
    // One row per statement: the action from Undefined, from Defined, and from Aligned (also used at Integrated).
    private static readonly (string FromUndefined, string FromDefined, string FromAligned)[] ActionIds =
    [
        ("ud-handoff-points", "da-sales-feedback", "ai-integrated-metrics"),                     // 1 sales figures close to forecast
        ("ud-handoff-points", "da-disciplined-communication", "ai-shared-targets-rewards"),      // 2 no finger-pointing
        ("ud-handoff-points", "da-joint-assignments", "ai-shared-funnel"),                       // 3 marketers meet key customers
        ("ud-rules-of-engagement", "da-joint-assignments", "ai-shared-funnel"),                  // 4 Sales helps draft the marketing plan
        ("ud-common-language", "da-disciplined-communication", "ai-shared-funnel"),              // 5 collateral is valuable
        ("ud-rules-of-engagement", "da-sales-feedback", "ai-shared-targets-rewards"),            // 6 sales force gives feedback willingly
        ("ud-common-language", "da-joint-assignments", "ai-shared-funnel"),                      // 7 common language
        ("ud-rules-of-engagement", "da-disciplined-communication", "ai-split-marketing"),        // 8 heads confer on upstream issues
        ("ud-common-language", "da-joint-assignments", "ai-shared-funnel"),                      // 9 segment buying behavior together
        ("ud-rules-of-engagement", "da-marketing-liaison", "ai-shared-targets-rewards"),          // 10 little time on disputes
        ("ud-rules-of-engagement", "da-disciplined-communication", "ai-chief-revenue-officer"),  // 11 heads plan 2+ years ahead
        ("ud-common-language", "da-disciplined-communication", "ai-integrated-metrics"),         // 12 common metrics
        ("ud-handoff-points", "da-marketing-liaison", "ai-shared-funnel"),                       // 13 Marketing in key-account strategy
        ("ud-handoff-points", "da-joint-assignments", "ai-shared-funnel"),                       // 14 jointly developed funnels
        ("ud-handoff-points", "da-sales-feedback", "ai-shared-funnel"),                          // 15 Marketing analyzes funnel data
        ("ud-rules-of-engagement", "da-colocate", "ai-shared-targets-rewards"),                  // 16 "rise or fall together"
        ("ud-rules-of-engagement", "da-disciplined-communication", "ai-chief-revenue-officer"),  // 17 single C-level executive
        ("ud-common-language", "da-joint-assignments", "ai-split-marketing"),                    // 18 interchange of people
        ("ud-common-language", "da-joint-assignments", "ai-shared-funnel"),                      // 19 joint training and events
        ("ud-rules-of-engagement", "da-disciplined-communication", "ai-chief-revenue-officer"),  // 20 each other's plans to top executives
    ];

    /// <summary>
    /// The action tied to statement <paramref name="statementNumber"/> (1-20) for an organization at
    /// <paramref name="level"/>: the action of the move from that level; at Integrated, the Aligned-to-Integrated
    /// action, which is what keeps the level.
    /// </summary>
    public static TransitionAction ActionFor(int statementNumber, AlignmentLevel level)
    {
        var row = ActionIds[Instrument.Questionnaire.Get(statementNumber).Number - 1];
        return TransitionActions.Get(level switch
        {
            AlignmentLevel.Undefined => row.FromUndefined,
            AlignmentLevel.Defined => row.FromDefined,
            AlignmentLevel.Aligned or AlignmentLevel.Integrated => row.FromAligned,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown alignment level."),
        });
    }
}
