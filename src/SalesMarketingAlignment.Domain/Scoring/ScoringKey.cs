namespace SalesMarketingAlignment.Domain.Scoring;

/// <summary>
/// The exhibit's scoring key (20-39 Undefined, 40-59 Defined, 60-79 Aligned, 80-100 Integrated), extended to means:
/// a mean is shown rounded to one decimal, half away from zero, and its level is the level of that shown figure,
/// with bands [20, 40), [40, 60), [60, 80), [80, 100]. So 59.5 is Defined and 59.96 (shown as 60.0) is Aligned.
/// </summary>
public static class ScoringKey
{
    public const int MinimumTotal = 20;
    public const int MaximumTotal = 100;

    /// <summary>Number of possible totals (20..100): the size of a histogram of totals.</summary>
    public const int TotalCount = MaximumTotal - MinimumTotal + 1;

    public static AlignmentLevel LevelOfTotal(int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, MinimumTotal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(total, MaximumTotal);
        return LevelOfRoundedMean(total);
    }

    /// <summary>Decimals of a mean as screens and reports show it.</summary>
    public const int ShownDecimals = 1;

    /// <summary>Rounds a mean the way every screen and report shows it: one decimal, half away from zero.</summary>
    public static decimal Round(decimal mean) => Round(mean, ShownDecimals);

    /// <summary>
    /// Rounds a mean (or a difference of means) to <paramref name="decimals"/> places by the same rule, half away from
    /// zero: for exports that give more places than the screens.
    /// </summary>
    public static decimal Round(decimal mean, int decimals) => Math.Round(mean, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A mean (or a gap between means) as shown: <see cref="Round"/>ed, with its one decimal always written.</summary>
    public static string Format(decimal mean, IFormatProvider? provider) => Round(mean).ToString("0.0", provider);

    /// <summary>The level of a group mean: the level of the mean as shown (rounded), never of the raw value.</summary>
    public static AlignmentLevel LevelOfMean(decimal mean)
    {
        var shown = Round(mean);
        if (shown < MinimumTotal || shown > MaximumTotal)
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A mean total lies between 20 and 100.");
        }

        return LevelOfRoundedMean(shown);
    }

    /// <summary>Lowest total of a level's band (20, 40, 60, 80).</summary>
    public static int LowerBound(AlignmentLevel level) => level switch
    {
        AlignmentLevel.Undefined => 20,
        AlignmentLevel.Defined => 40,
        AlignmentLevel.Aligned => 60,
        AlignmentLevel.Integrated => 80,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Highest whole total of a level's band (39, 59, 79, 100).</summary>
    public static int UpperBound(AlignmentLevel level) =>
        level == AlignmentLevel.Integrated ? MaximumTotal : LowerBound(level + 1) - 1;

    /// <summary>The next level up, or null from Integrated.</summary>
    public static AlignmentLevel? Next(AlignmentLevel level) =>
        level == AlignmentLevel.Integrated ? null : level + 1;

    private static AlignmentLevel LevelOfRoundedMean(decimal shown) => shown switch
    {
        < 40m => AlignmentLevel.Undefined,
        < 60m => AlignmentLevel.Defined,
        < 80m => AlignmentLevel.Aligned,
        _ => AlignmentLevel.Integrated,
    };
}
