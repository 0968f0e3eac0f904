namespace SalesMarketingAlignment.Domain.Portfolio;

/// <summary>
/// Where each client stands among a consultant's clients: the mid-rank percentile (the share of values below, counting
/// ties as half), 0-100. Only with at least <see cref="MinimumClients"/> values: fewer say little, and with two or three
/// a percentile would all but name the other clients' scores.
/// </summary>
public static class PercentileRank
{
    /// <summary>The fewest clients with a value for percentiles to be given.</summary>
    public const int MinimumClients = 5;

    /// <summary>
    /// Each value's percentile among the non-null values, in the same order; null for a null value, and all null when
    /// fewer than <see cref="MinimumClients"/> values are present.
    /// </summary>
    public static IReadOnlyList<decimal?> Among(IReadOnlyList<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        if (present.Length < MinimumClients)
        {
            return values.Select(_ => (decimal?)null).ToArray();
        }

        return values
            .Select(v => v is { } value
                ? (decimal?)Math.Round(
                    (present.Count(p => p < value) + present.Count(p => p == value) / 2m) * 100m / present.Length,
                    0, MidpointRounding.AwayFromZero)
                : null)
            .ToArray();
    }
}
