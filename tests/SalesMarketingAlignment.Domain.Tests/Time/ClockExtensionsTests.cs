using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Domain.Tests.Time;

public class ClockExtensionsTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_LateEveningWestOfUtc_IsTheUtcDate()
    {
        // 23:30 in New York on 24 November is already 25 November in UTC.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.FromHours(-5)));

        clock.Today().Should().Be(new DateOnly(2026, 11, 25));
    }

    [Fact]
    public void Today_NullClock_Throws()
    {
        var act = () => ClockExtensions.Today(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
