namespace SalesMarketingAlignment.Domain.Comparison;

/// <summary>A sample's size, mean and sample variance (n - 1): what Welch's test needs of each side.</summary>
/// <exception cref="ArgumentOutOfRangeException">A count below one, a negative or non-finite variance, or a non-finite mean.</exception>
public sealed record SampleSummary
{
    public SampleSummary(long count, double mean, double variance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A mean is a finite number.");
        }

        if (!double.IsFinite(variance) || variance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(variance), variance, "A variance is a finite number of zero or more.");
        }

        Count = count;
        Mean = mean;
        Variance = variance;
    }

    public long Count { get; }

    public double Mean { get; }

    public double Variance { get; }
}

/// <summary>A difference of two means (second minus first) with its Welch confidence interval.</summary>
/// <param name="Difference">Second mean minus first mean.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="DegreesOfFreedom">Welch-Satterthwaite; null when neither sample varies (the interval is then the difference itself).</param>
public sealed record WelchInterval(double Difference, double Lower, double Upper, double? DegreesOfFreedom)
{
    /// <summary>The interval lies wholly above or below zero: the difference is more than noise at the chosen level.</summary>
    public bool ExcludesZero => Lower > 0 || Upper < 0;
}

/// <summary>
/// Welch's unequal-variances t statistics, shared by the perception gap (Sales against Marketing, one round) and the
/// change between rounds (a department then against now).
/// </summary>
public static class WelchStatistics
{
    /// <summary>The t statistic and Welch-Satterthwaite degrees of freedom of second minus first; null when neither sample varies or either has fewer than two.</summary>
    public static (double T, double DegreesOfFreedom)? Statistic(SampleSummary first, SampleSummary second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count < 2 || second.Count < 2 || (first.Variance == 0 && second.Variance == 0))
        {
            return null;
        }

        var (standardError, df) = ErrorAndDegrees(first, second);
        return ((second.Mean - first.Mean) / standardError, df);
    }

    /// <summary>
    /// The <paramref name="confidence"/> interval of second mean minus first mean; null when either sample has fewer than
    /// two values (no variance to judge noise by). When neither sample varies at all, the interval is the difference itself.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A confidence outside (0, 1).</exception>
    public static WelchInterval? Interval(SampleSummary first, SampleSummary second, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (double.IsNaN(confidence) || confidence <= 0 || confidence >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence level lies strictly between 0 and 1.");
        }

        var difference = second.Mean - first.Mean;
        if (first.Count < 2 || second.Count < 2)
        {
            return null;
        }

        if (first.Variance == 0 && second.Variance == 0)
        {
            return new WelchInterval(difference, difference, difference, null);
        }

        var (standardError, df) = ErrorAndDegrees(first, second);
        var margin = StudentT.Quantile(1 - (1 - confidence) / 2, df) * standardError;
        return new WelchInterval(difference, difference - margin, difference + margin, df);
    }

    private static (double StandardError, double DegreesOfFreedom) ErrorAndDegrees(SampleSummary first, SampleSummary second)
    {
        double n1 = first.Count;
        double n2 = second.Count;
        var e1 = first.Variance / n1;
        var e2 = second.Variance / n2;
        var df = (e1 + e2) * (e1 + e2) / (e1 * e1 / (n1 - 1) + e2 * e2 / (n2 - 1));
        return (Math.Sqrt(e1 + e2), df);
    }
}
