namespace SalesMarketingAlignment.Domain.Time;

/// <summary>"Today" in one place: the UTC calendar date of the clock, so every stored date agrees across time zones.</summary>
public static class ClockExtensions
{
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
