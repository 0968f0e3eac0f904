using SalesMarketingAlignment.Domain.Comparison;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Changes;

/// <summary>What a change between two rounds amounts to, judged by its 95% interval.</summary>
public enum ChangeVerdict
{
    /// <summary>The whole interval lies above zero.</summary>
    MovedUp = 1,

    /// <summary>The whole interval lies below zero.</summary>
    MovedDown = 2,

    /// <summary>The interval includes zero: the change may be chance.</summary>
    WithinNoise = 3,

    /// <summary>A round has a single response in the department: there is no spread to judge the change by.</summary>
    TooFewToTell = 4,
}

/// <summary>A mean then and now, exact, with the Welch interval of the change.</summary>
/// <param name="Interval">Null when either round has fewer than two responses.</param>
public sealed record MeanChange(decimal Earlier, decimal Later, WelchInterval? Interval)
{
    /// <summary>Later minus earlier, exact.</summary>
    public decimal Change => Later - Earlier;

    /// <summary>The change as shown: one decimal, half away from zero.</summary>
    public decimal ChangeShown => ScoringKey.Round(Change);

    public ChangeVerdict Verdict => Interval switch
    {
        null => ChangeVerdict.TooFewToTell,
        { Lower: > 0 } => ChangeVerdict.MovedUp,
        { Upper: < 0 } => ChangeVerdict.MovedDown,
        _ => ChangeVerdict.WithinNoise,
    };

    internal static MeanChange Of(long earlierCount, decimal earlierMean, double? earlierVariance, long laterCount, decimal laterMean, double? laterVariance)
    {
        // A single response has no variance; WelchStatistics.Interval then answers null (too few to tell).
        var interval = WelchStatistics.Interval(
            new SampleSummary(earlierCount, (double)earlierMean, earlierVariance ?? 0),
            new SampleSummary(laterCount, (double)laterMean, laterVariance ?? 0),
            RoundChanges.Confidence);
        return new MeanChange(earlierMean, laterMean, interval);
    }
}

/// <summary>One statement's change within a department.</summary>
public sealed record StatementChange(int Number, MeanChange Mean);

/// <summary>Why a department shows no change.</summary>
public enum ChangeAbsence
{
    /// <summary>The change is shown.</summary>
    None = 0,

    /// <summary>The department has no responses in one of the rounds.</summary>
    NoResponses = 1,

    /// <summary>The anonymity rule withholds the department's figures in one of the rounds (or both).</summary>
    Withheld = 2,
}

/// <summary>A department's change between the rounds, or why there is none.</summary>
/// <param name="Total">Null unless <see cref="Absence"/> is None.</param>
/// <param name="Statements">The 20 statements in order; empty unless <see cref="Absence"/> is None.</param>
public sealed record DepartmentChange(
    Department Department,
    ChangeAbsence Absence,
    AlignmentLevel? EarlierLevel,
    AlignmentLevel? LaterLevel,
    MeanChange? Total,
    IReadOnlyList<StatementChange> Statements)
{
    public bool Shown => Absence == ChangeAbsence.None;

    /// <summary>Levels moved up (positive), down (negative) or not (zero); null when not shown.</summary>
    public int? LevelSteps => EarlierLevel is { } e && LaterLevel is { } l ? (int)l - (int)e : null;
}

/// <summary>
/// What moved between two rounds of one organization: per department and statement, the change in mean with a 95%
/// Welch interval and a verdict; each department's level then and now; the perception gap then and now. Built only
/// from what each round shows after its own anonymity rule, so a department withheld in either round shows nothing
/// (docs/decisions/0017-change-between-rounds.md).
/// </summary>
public sealed class RoundChanges
{
    /// <summary>The confidence level of every interval.</summary>
    public const double Confidence = 0.95;

    private RoundChanges(DepartmentChange sales, DepartmentChange marketing, decimal? gapThen, decimal? gapNow)
    {
        Sales = sales;
        Marketing = marketing;
        GapThen = gapThen;
        GapNow = gapNow;
    }

    public DepartmentChange Sales { get; }

    public DepartmentChange Marketing { get; }

    /// <summary>Sales minus Marketing mean total in the earlier round, exact; null when that round shows no comparison.</summary>
    public decimal? GapThen { get; }

    /// <summary>Sales minus Marketing mean total in the later round, exact; null when that round shows no comparison.</summary>
    public decimal? GapNow { get; }

    public decimal? GapThenShown => GapThen is { } g ? ScoringKey.Round(g) : null;

    public decimal? GapNowShown => GapNow is { } g ? ScoringKey.Round(g) : null;

    public DepartmentChange For(Department department) => department == Department.Sales ? Sales : Marketing;

    /// <param name="earlier">The earlier round's results, after its anonymity rule.</param>
    /// <param name="later">The later round's results, after its anonymity rule.</param>
    public static RoundChanges Compute(AssessmentResults earlier, AssessmentResults later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return new RoundChanges(
            ChangeOf(Domain.Department.Sales, earlier, later),
            ChangeOf(Domain.Department.Marketing, earlier, later),
            earlier.Comparison?.Gap,
            later.Comparison?.Gap);
    }

    private static DepartmentChange ChangeOf(Department department, AssessmentResults earlier, AssessmentResults later)
    {
        var item = department == Domain.Department.Sales ? WithheldItem.SalesFigures : WithheldItem.MarketingFigures;
        if (earlier.IsWithheld(item) || later.IsWithheld(item))
        {
            return Absent(department, ChangeAbsence.Withheld);
        }

        var then = department == Domain.Department.Sales ? earlier.Sales : earlier.Marketing;
        var now = department == Domain.Department.Sales ? later.Sales : later.Marketing;
        if (then is null || now is null)
        {
            return Absent(department, ChangeAbsence.NoResponses);
        }

        var total = MeanChange.Of(then.Count, then.MeanTotal, then.Variance, now.Count, now.MeanTotal, now.Variance);
        var statements = then.Statements
            .Zip(now.Statements, (e, l) => new StatementChange(
                e.Number, MeanChange.Of(then.Count, e.Mean, e.Variance, now.Count, l.Mean, l.Variance)))
            .ToArray();
        return new DepartmentChange(department, ChangeAbsence.None, then.Level, now.Level, total, statements);
    }

    private static DepartmentChange Absent(Department department, ChangeAbsence absence) =>
        new(department, absence, null, null, null, []);
}
