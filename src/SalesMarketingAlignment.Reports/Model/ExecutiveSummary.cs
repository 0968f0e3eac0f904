using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Reports.Model;

/// <summary>
/// The level of one group ("Sales", "Marketing", "Overall"); <see cref="Level"/> and <see cref="MeanTotal"/> are null
/// when the figure is withheld, and then <see cref="WithheldReason"/> says why.
/// </summary>
public sealed record LevelFinding
{
    public LevelFinding(string subject, AlignmentLevel? level, decimal? meanTotal, int respondents, string? withheldReason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentOutOfRangeException.ThrowIfNegative(respondents);
        if ((level is null) != (meanTotal is null))
        {
            throw new ArgumentException("Give both the level and the mean total, or neither (withheld).", nameof(level));
        }

        if (meanTotal is { } mean && ScoringKey.LevelOfMean(mean) != level)
        {
            throw new ArgumentException($"A mean total of {mean} is not at the level {level}.", nameof(level));
        }

        if (level is null && string.IsNullOrWhiteSpace(withheldReason))
        {
            throw new ArgumentException("Say why a withheld figure is withheld.", nameof(withheldReason));
        }

        Subject = subject;
        Level = level;
        MeanTotal = meanTotal;
        Respondents = respondents;
        WithheldReason = level is null ? withheldReason : null;
    }

    public static LevelFinding Shown(string subject, decimal meanTotal, int respondents) =>
        new(subject, ScoringKey.LevelOfMean(meanTotal), meanTotal, respondents);

    public static LevelFinding Withheld(string subject, int respondents, string reason) =>
        new(subject, null, null, respondents, reason);

    public string Subject { get; }

    public AlignmentLevel? Level { get; }

    public decimal? MeanTotal { get; }

    public int Respondents { get; }

    public string? WithheldReason { get; }

    public bool IsWithheld => Level is null;
}

/// <summary>The first page a chief executive reads: levels, the gap between the departments, and the decision.</summary>
public sealed record ExecutiveSummary
{
    public ExecutiveSummary(
        IReadOnlyList<LevelFinding> departments,
        LevelFinding overall,
        string gapSentence,
        string significanceSentence,
        string decisionParagraph)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(overall);
        ArgumentNullException.ThrowIfNull(gapSentence);
        ArgumentNullException.ThrowIfNull(significanceSentence);
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionParagraph);
        Departments = departments.ToArray();
        Overall = overall;
        GapSentence = gapSentence;
        SignificanceSentence = significanceSentence;
        DecisionParagraph = decisionParagraph;
    }

    public IReadOnlyList<LevelFinding> Departments { get; }

    public LevelFinding Overall { get; }

    /// <summary>Empty when there is no comparison (a department withheld).</summary>
    public string GapSentence { get; }

    /// <summary>Empty when no test was run.</summary>
    public string SignificanceSentence { get; }

    /// <summary>The decision in one line ("Move up from Defined to Aligned.").</summary>
    public string DecisionParagraph { get; }

    /// <summary>Up to three reasons for the decision, listed under it.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>What to keep in mind, shown apart from the reasons.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];
}
