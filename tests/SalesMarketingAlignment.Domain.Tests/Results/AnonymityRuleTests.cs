using SalesMarketingAlignment.Domain.Results;

namespace SalesMarketingAlignment.Domain.Tests.Results;

public class AnonymityRuleTests
{
    [Fact]
    public void Default_IsThree() => AnonymityRule.Default.MinimumGroupSize.Should().Be(3);

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Constructor_WithinOneToTen_Accepted(int size) =>
        new AnonymityRule(size).MinimumGroupSize.Should().Be(size);

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-3)]
    public void Constructor_OutsideOneToTen_Throws(int size) =>
        FluentActions.Invoking(() => new AnonymityRule(size)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(3, 4, true)]
    [InlineData(1, 0, false)]
    [InlineData(1, 1, true)]
    [InlineData(10, 9, false)]
    public void Allows_ComparesWithTheMinimum(int size, long count, bool allowed) =>
        new AnonymityRule(size).Allows(count).Should().Be(allowed);

    [Fact]
    public void Equality_SameMinimum_Equal() => new AnonymityRule(3).Should().Be(AnonymityRule.Default);

    [Theory]
    [InlineData(1, 4, false)] // one head beside three staff: the head's answers could be worked out
    [InlineData(3, 4, false)] // the rest (one) would be revealed by subtraction
    [InlineData(3, 6, true)]
    [InlineData(0, 5, true)]  // an empty part reveals nothing
    [InlineData(5, 5, true)]  // the part is the whole group
    public void AllowsPartOf_PartAndRestMustEachBeEmptyOrLargeEnough(long part, long whole, bool allowed) =>
        AnonymityRule.Default.AllowsPartOf(part, whole).Should().Be(allowed);

    [Fact]
    public void AllowsPartOf_PartLargerThanWhole_Throws() =>
        FluentActions.Invoking(() => AnonymityRule.Default.AllowsPartOf(4, 3)).Should().Throw<ArgumentException>();
}
