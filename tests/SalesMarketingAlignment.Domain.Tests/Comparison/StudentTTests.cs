using SalesMarketingAlignment.Domain.Comparison;

namespace SalesMarketingAlignment.Domain.Tests.Comparison;

public class StudentTTests
{
    [Theory]
    // Published table values.
    [InlineData(2.0, 10.0, 0.0734)]
    [InlineData(2.228, 10.0, 0.0500)]
    [InlineData(1.96, 1e6, 0.0500)]
    [InlineData(1.0, 1.0, 0.5)]
    [InlineData(12.706, 1.0, 0.0500)]
    [InlineData(2.571, 5.0, 0.0500)]
    public void TwoSidedPValue_TableValues_ToFourDecimals(double t, double df, double expected) =>
        StudentT.TwoSidedPValue(t, df).Should().BeApproximately(expected, 0.00005);

    [Theory]
    // Independent reference: Simpson integration of the t density in Python, 200 000 panels.
    [InlineData(2.0, 10.0, 0.0733880348)]
    [InlineData(3.0, 5.5, 0.0267234807)]
    [InlineData(0.5, 30.0, 0.6207230049)]
    [InlineData(-2.5, 7.3, 0.0396502347)]
    [InlineData(1.96, 1e6, 0.0499960681)]
    public void TwoSidedPValue_NumericalReference_ToEightDecimals(double t, double df, double expected) =>
        StudentT.TwoSidedPValue(t, df).Should().BeApproximately(expected, 1e-8);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(-4.2)]
    [InlineData(31.8)]
    public void TwoSidedPValue_OneDegreeOfFreedom_MatchesCauchyClosedForm(double t) =>
        StudentT.TwoSidedPValue(t, 1).Should().BeApproximately(1 - 2 / Math.PI * Math.Atan(Math.Abs(t)), 1e-12);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.7)]
    [InlineData(2.0)]
    [InlineData(-9.5)]
    public void TwoSidedPValue_TwoDegreesOfFreedom_MatchesClosedForm(double t) =>
        StudentT.TwoSidedPValue(t, 2).Should().BeApproximately(1 - Math.Abs(t) / Math.Sqrt(2 + t * t), 1e-12);

    [Fact]
    public void TwoSidedPValue_InfiniteT_IsZero() =>
        StudentT.TwoSidedPValue(double.PositiveInfinity, 4).Should().Be(0);

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(1.0, -3.0)]
    [InlineData(1.0, double.NaN)]
    [InlineData(1.0, double.PositiveInfinity)]
    [InlineData(double.NaN, 3.0)]
    public void TwoSidedPValue_InvalidArguments_Throw(double t, double df) =>
        FluentActions.Invoking(() => StudentT.TwoSidedPValue(t, df)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(0.0, 5.0, 0.5)]
    [InlineData(1.0, 1.0, 0.75)]
    [InlineData(-1.0, 1.0, 0.25)]
    [InlineData(2.228, 10.0, 0.975)]
    public void Cdf_ReferenceValues(double t, double df, double expected) =>
        StudentT.Cdf(t, df).Should().BeApproximately(expected, 0.00005);

    [Fact]
    public void Cdf_IsSymmetric() =>
        (StudentT.Cdf(1.7, 8.5) + StudentT.Cdf(-1.7, 8.5)).Should().BeApproximately(1, 1e-14);
}
