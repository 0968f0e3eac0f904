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
}
