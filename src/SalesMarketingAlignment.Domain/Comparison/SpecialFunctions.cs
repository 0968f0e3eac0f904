namespace SalesMarketingAlignment.Domain.Comparison;

/// <summary>The special functions behind the t distribution, written out because the domain takes no packages.</summary>
internal static class SpecialFunctions
{
    // Lanczos approximation, g = 7, n = 9 (relative error about 1e-15 for positive arguments).
    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    private const int MaxIterations = 100_000;
    private const double Epsilon = 1e-15;
    private const double FloatingPointMinimum = 1e-300;

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (double.IsNaN(x) || x <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "LogGamma is defined here for positive arguments.");
        }

        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1 - x) = π / sin(πx); keeps the series in its accurate range.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = LanczosCoefficients[0];
        var t = x + 7.5;
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            sum += LanczosCoefficients[i] / (x + i);
        }

        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>The regularized incomplete beta function I_x(a, b), for a, b &gt; 0 and 0 ≤ x ≤ 1.</summary>
    public static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (double.IsNaN(a) || a <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "a must be positive.");
        }

        if (double.IsNaN(b) || b <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, "b must be positive.");
        }

        if (double.IsNaN(x) || x < 0 || x > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must lie between 0 and 1.");
        }

        if (x == 0 || x == 1)
        {
            return x;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x);
        var front = Math.Exp(logFront);

        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry I_x(a,b) = 1 - I_(1-x)(b,a) otherwise.
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - front * BetaContinuedFraction(b, a, 1 - x) / b;
    }

    /// <summary>Continued fraction for the incomplete beta function, modified Lentz's method (Numerical Recipes betacf).</summary>
    private static double BetaContinuedFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - qab * x / qap;
        if (Math.Abs(d) < FloatingPointMinimum)
        {
            d = FloatingPointMinimum;
        }

        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < FloatingPointMinimum)
            {
                d = FloatingPointMinimum;
            }

            c = 1 + aa / c;
            if (Math.Abs(c) < FloatingPointMinimum)
            {
                c = FloatingPointMinimum;
            }

            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < FloatingPointMinimum)
            {
                d = FloatingPointMinimum;
            }

            c = 1 + aa / c;
            if (Math.Abs(c) < FloatingPointMinimum)
            {
                c = FloatingPointMinimum;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                return h;
            }
        }

        throw new InvalidOperationException($"The incomplete beta continued fraction did not converge for a={a}, b={b}, x={x}.");
    }
}
