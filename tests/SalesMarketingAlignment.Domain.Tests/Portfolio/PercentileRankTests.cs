using SalesMarketingAlignment.Domain.Portfolio;

namespace SalesMarketingAlignment.Domain.Tests.Portfolio;

public class PercentileRankTests
{
    [Fact]
    public void Among_FiveDistinctValues_MidRankPercentiles()
    {
        // Below + half of the equal ones, over 5: 0.5/5 = 10, 1.5/5 = 30, ... 4.5/5 = 90.
        var ranks = PercentileRank.Among([30m, 10m, 50m, 20m, 40m]);

        ranks.Should().Equal(50m, 10m, 90m, 30m, 70m);
    }

    [Fact]
    public void Among_Ties_ShareTheMidRank()
    {
        // 20 twice among six: (1 + 2/2) / 6 = 33.3 -> 33.
        var ranks = PercentileRank.Among([10m, 20m, 20m, 30m, 40m, 50m]);

        ranks.Should().Equal(8m, 33m, 33m, 58m, 75m, 92m);
    }

    [Fact]
    public void Among_NullValues_StayNullAndDoNotCount()
    {
        var ranks = PercentileRank.Among([10m, null, 20m, 30m, 40m, 50m]);

        ranks.Should().Equal(10m, null, 30m, 50m, 70m, 90m);
    }

    [Fact]
    public void Among_FewerThanFiveValues_GivesNone()
    {
        var ranks = PercentileRank.Among([10m, 20m, 30m, 40m, null]);

        ranks.Should().HaveCount(5).And.OnlyContain(r => r == null);
    }

    [Fact]
    public void Among_Null_Throws() =>
        FluentActions.Invoking(() => PercentileRank.Among(null!)).Should().Throw<ArgumentNullException>();
}
