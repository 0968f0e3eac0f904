namespace SalesMarketingAlignment.Domain.Results;

/// <summary>Figures of a group are shown only when it has at least <see cref="MinimumGroupSize"/> responses.</summary>
public sealed record AnonymityRule
{
    public const int DefaultMinimumGroupSize = 3;
    public const int SmallestAllowed = 1;
    public const int LargestAllowed = 10;

    /// <summary>What a user is told when a minimum group size falls outside <see cref="SmallestAllowed"/>-<see cref="LargestAllowed"/>.</summary>
    public static string OutOfRangeMessage { get; } =
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The smallest group must be between {SmallestAllowed} and {LargestAllowed}.");

    /// <exception cref="ArgumentOutOfRangeException">Outside 1-10.</exception>
    public AnonymityRule(int minimumGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, SmallestAllowed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumGroupSize, LargestAllowed);
        MinimumGroupSize = minimumGroupSize;
    }

    public static AnonymityRule Default { get; } = new(DefaultMinimumGroupSize);

    /// <summary>Whether <paramref name="minimumGroupSize"/> may be chosen for an assessment.</summary>
    public static bool IsAllowedSize(int minimumGroupSize) => minimumGroupSize is >= SmallestAllowed and <= LargestAllowed;

    public int MinimumGroupSize { get; }

    /// <summary>A group of this many responses may be shown (never true for zero: there is nothing to show).</summary>
    public bool Allows(long count) => count >= MinimumGroupSize;

    /// <summary>
    /// Whether a part of a group (e.g. a department's heads) may be shown beside the whole: the part and the rest must
    /// each be empty or at least the minimum, or subtracting one from the whole would reveal the other.
    /// </summary>
    /// <exception cref="ArgumentException">The part is larger than the whole.</exception>
    public bool AllowsPartOf(long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        if (part > whole)
        {
            throw new ArgumentException($"A part of {part} responses cannot belong to a group of {whole}.", nameof(part));
        }

        var rest = whole - part;
        return (part == 0 || Allows(part)) && (rest == 0 || Allows(rest));
    }
}
