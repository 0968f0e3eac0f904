namespace SalesMarketingAlignment.Domain.Results;

/// <summary>Figures of a group are shown only when it has at least <see cref="MinimumGroupSize"/> responses.</summary>
public sealed record AnonymityRule
{
    public const int DefaultMinimumGroupSize = 3;
    public const int SmallestAllowed = 1;
    public const int LargestAllowed = 10;

    /// <exception cref="ArgumentOutOfRangeException">Outside 1-10.</exception>
    public AnonymityRule(int minimumGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, SmallestAllowed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumGroupSize, LargestAllowed);
        MinimumGroupSize = minimumGroupSize;
    }

    public static AnonymityRule Default { get; } = new(DefaultMinimumGroupSize);

    public int MinimumGroupSize { get; }

    /// <summary>A group of this many responses may be shown (never true for zero: there is nothing to show).</summary>
    public bool Allows(long count) => count >= MinimumGroupSize;
}
