namespace SalesMarketingAlignment.Domain.Comparison;

/// <summary>Student's t distribution, via the regularized incomplete beta function.</summary>
public static class StudentT
{
    /// <summary>P(T ≤ t) for T with <paramref name="df"/> degrees of freedom.</summary>
    public static double Cdf(double t, double df)
    {
        var tail = 0.5 * TwoSidedPValue(t, df);
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>P(|T| ≥ |t|): the two-sided p-value of a t statistic.</summary>
    public static double TwoSidedPValue(double t, double df)
    {
        if (double.IsNaN(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "The t statistic is not a number.");
        }

        if (double.IsNaN(df) || df <= 0 || double.IsInfinity(df))
        {
            throw new ArgumentOutOfRangeException(nameof(df), df, "Degrees of freedom must be positive and finite.");
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        // P(|T| >= |t|) = I_x(df/2, 1/2) with x = df / (df + t²).
        var x = df / (df + t * t);
        return Math.Clamp(SpecialFunctions.RegularizedIncompleteBeta(df / 2, 0.5, x), 0, 1);
    }

    /// <summary>The t value below which <paramref name="probability"/> of the distribution lies (the inverse of <see cref="Cdf"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A probability outside (0, 1), or degrees of freedom not positive and finite.</exception>
    public static double Quantile(double probability, double df)
    {
        if (double.IsNaN(probability) || probability <= 0 || probability >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies strictly between 0 and 1.");
        }

        if (double.IsNaN(df) || df <= 0 || double.IsInfinity(df))
        {
            throw new ArgumentOutOfRangeException(nameof(df), df, "Degrees of freedom must be positive and finite.");
        }

        if (probability == 0.5)
        {
            return 0;
        }

        // The distribution is symmetric: find the upper tail's value and mirror it.
        var upper = probability > 0.5 ? probability : 1 - probability;
        double low = 0;
        double high = 1;
        while (Cdf(high, df) < upper)
        {
            high *= 2;
        }

        // Bisection: the CDF is monotone, and 200 halvings reach the limit of double precision.
        for (var i = 0; i < 200 && high - low > 1e-12 * Math.Max(1, high); i++)
        {
            var middle = (low + high) / 2;
            if (Cdf(middle, df) < upper)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        var t = (low + high) / 2;
        return probability > 0.5 ? t : -t;
    }
}
