using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Domain.Scoring;

/// <summary>How many respondents reached one total.</summary>
public sealed record TotalCount(int Total, long Count);

/// <summary>One statement's figures within a group.</summary>
/// <param name="Mean">Exact mean answer (1-5).</param>
/// <param name="AnswerCounts">Five counts: index 0 is the answer 1.</param>
public sealed record StatementFigures(int Number, decimal Mean, IReadOnlyList<long> AnswerCounts)
{
    /// <summary>The mean as shown: one decimal, half away from zero.</summary>
    public decimal MeanShown => ScoringKey.Round(Mean);

    /// <summary>Number of answers (the group's response count).</summary>
    public long Count => AnswerCounts.Sum();

    /// <summary>Sample variance of the answers (n - 1), from the counts; null with fewer than two answers.</summary>
    public double? Variance
    {
        get
        {
            var count = Count;
            if (count < 2)
            {
                return null;
            }

            var mean = (double)Mean;
            var sum = 0.0;
            for (var a = 0; a < AnswerCounts.Count; a++)
            {
                var d = a + 1 - mean;
                sum += AnswerCounts[a] * d * d;
            }

            return sum / (count - 1);
        }
    }
}

/// <summary>
/// The figures of one group of responses (a department, or any subgroup), computed from its counts. Means are kept
/// exact; *Shown values are rounded the way screens and reports show them.
/// </summary>
public sealed class GroupFigures
{
    private GroupFigures(ResponseCounts counts)
    {
        Count = counts.Count;
        var distribution = new List<TotalCount>();
        decimal sum = 0;
        for (var total = ScoringKey.MinimumTotal; total <= ScoringKey.MaximumTotal; total++)
        {
            var c = counts.CountOfTotal(total);
            if (c > 0)
            {
                distribution.Add(new TotalCount(total, c));
                sum += (decimal)c * total;
            }
        }

        TotalDistribution = distribution;
        MinTotal = distribution[0].Total;
        MaxTotal = distribution[^1].Total;

        // Decimal division of whole numbers: exact whenever the mean has a finite decimal expansion, so a mean that
        // is exactly on a rounding midpoint (e.g. 59.95) is never nudged to either side by binary floating point.
        MeanTotal = sum / Count;
        MeanTotalShown = ScoringKey.Round(MeanTotal);
        Level = ScoringKey.LevelOfMean(MeanTotal);
        MedianTotal = Median(distribution, Count);
        Variance = Count < 2 ? null : SumOfSquaredDeviations(distribution, (double)MeanTotal) / (Count - 1);
        StandardDeviation = Variance is { } variance ? Math.Sqrt(variance) : null;

        var byLevel = Enum.GetValues<AlignmentLevel>().ToDictionary(l => l, _ => 0L);
        foreach (var tc in distribution)
        {
            byLevel[ScoringKey.LevelOfTotal(tc.Total)] += tc.Count;
        }

        CountByLevel = byLevel;

        Statements = Questionnaire.Statements
            .Select(s =>
            {
                var answerCounts = Enumerable.Range(AnswerScale.Minimum, AnswerScale.PointCount)
                    .Select(a => counts.CountOfAnswer(s.Number, a))
                    .ToArray();
                decimal answerSum = 0;
                for (var a = 0; a < answerCounts.Length; a++)
                {
                    answerSum += (decimal)answerCounts[a] * (a + 1);
                }

                return new StatementFigures(s.Number, answerSum / Count, answerCounts);
            })
            .ToArray();
    }

    public long Count { get; }

    /// <summary>Exact mean total (20-100).</summary>
    public decimal MeanTotal { get; }

    /// <summary>Mean total as shown: one decimal, half away from zero.</summary>
    public decimal MeanTotalShown { get; }

    /// <summary>The level of the shown mean total.</summary>
    public AlignmentLevel Level { get; }

    /// <summary>Median total; the average of the two middle totals when the count is even, so it may end in .5.</summary>
    public decimal MedianTotal { get; }

    /// <summary>Sample standard deviation of the totals (n - 1); null with fewer than two responses.</summary>
    public double? StandardDeviation { get; }

    /// <summary>Sample variance of the totals (n - 1); null with fewer than two responses.</summary>
    public double? Variance { get; }

    public int MinTotal { get; }

    public int MaxTotal { get; }

    /// <summary>Totals that occur, ascending, with how many respondents reached each.</summary>
    public IReadOnlyList<TotalCount> TotalDistribution { get; }

    /// <summary>How many respondents' own totals fall in each level; every level is a key.</summary>
    public IReadOnlyDictionary<AlignmentLevel, long> CountByLevel { get; }

    /// <summary>The 20 statements in order.</summary>
    public IReadOnlyList<StatementFigures> Statements { get; }

    /// <exception cref="ArgumentException">When the group has no responses: it has no mean.</exception>
    public static GroupFigures From(ResponseCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            throw new ArgumentException("A group without responses has no figures.", nameof(counts));
        }

        return new GroupFigures(counts);
    }

    public StatementFigures Statement(int number) => Statements[Questionnaire.Get(number).Number - 1];

    private static decimal Median(List<TotalCount> distribution, long count)
    {
        // Zero-based ranks of the middle value(s).
        var lowRank = (count - 1) / 2;
        var highRank = count / 2;
        return (ValueAtRank(distribution, lowRank) + ValueAtRank(distribution, highRank)) / 2m;
    }

    private static int ValueAtRank(List<TotalCount> distribution, long rank)
    {
        long seen = 0;
        foreach (var tc in distribution)
        {
            seen += tc.Count;
            if (rank < seen)
            {
                return tc.Total;
            }
        }

        throw new InvalidOperationException("Rank beyond the distribution.");
    }

    private static double SumOfSquaredDeviations(List<TotalCount> distribution, double mean)
    {
        var sum = 0.0;
        foreach (var tc in distribution)
        {
            var d = tc.Total - mean;
            sum += tc.Count * d * d;
        }

        return sum;
    }
}
