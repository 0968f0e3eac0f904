using SalesMarketingAlignment.Domain.Comparison;

namespace SalesMarketingAlignment.Domain.Tests.Comparison;

public class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(3.0, 0.69314718055994531)] // ln 2
    [InlineData(5.0, 3.1780538303479458)] // ln 24
    [InlineData(0.5, 0.57236494292470009)] // ln sqrt(pi)
    [InlineData(0.1, 2.2527126517342060)]
    [InlineData(100.0, 359.13420536957540)] // ln 99!
    public void LogGamma_ReferenceValues(double x, double expected) =>
        SpecialFunctions.LogGamma(x).Should().BeApproximately(expected, 1e-12 * Math.Max(1, Math.Abs(expected)));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void LogGamma_NotPositive_Throws(double x) =>
        FluentActions.Invoking(() => SpecialFunctions.LogGamma(x)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(2, 3, 0.5, 0.6875)]
    [InlineData(1, 1, 0.3, 0.3)] // uniform
    [InlineData(2, 2, 0.5, 0.5)] // symmetric
    [InlineData(1, 3, 0.2, 0.488)] // 1 - (1 - x)^3
    [InlineData(3, 1, 0.9, 0.729)] // x^3
    [InlineData(2, 3, 0.0, 0.0)]
    [InlineData(2, 3, 1.0, 1.0)]
    public void RegularizedIncompleteBeta_ClosedForms(double a, double b, double x, double expected) =>
        SpecialFunctions.RegularizedIncompleteBeta(a, b, x).Should().BeApproximately(expected, 1e-12);

    [Theory]
    [InlineData(0, 1, 0.5)]
    [InlineData(1, 0, 0.5)]
    [InlineData(1, 1, -0.1)]
    [InlineData(1, 1, 1.1)]
    public void RegularizedIncompleteBeta_OutOfDomain_Throws(double a, double b, double x) =>
        FluentActions.Invoking(() => SpecialFunctions.RegularizedIncompleteBeta(a, b, x)).Should().Throw<ArgumentOutOfRangeException>();
}
