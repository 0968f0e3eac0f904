using SalesMarketingAlignment.Domain.Comparison;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests.Comparison;

public class DepartmentComparisonTests
{
    private static GroupFigures Figures(params int[] totals) => GroupFigures.From(Responses.Totals(totals));

    private static GroupFigures Figures(params SurveyAnswers[] answers) => GroupFigures.From(ResponseCounts.FromAnswers(answers));

    [Fact]
    public void Compare_WelchReferenceExample_MatchesHandComputation()
    {
        // Reference (Python, by hand; same as R's t.test(x, y)): t = 4.692976863, df = 6.929908484, p = 0.0022874063,
        // Hedges' g = 2.744390685.
        var comparison = DepartmentComparison.Compare(Figures(60, 65, 70, 72, 80), Figures(40, 45, 50, 55));

        comparison.Gap.Should().Be(69.4m - 47.5m);
        comparison.GapShown.Should().Be(21.9m);
        comparison.Welch.Should().NotBeNull();
        comparison.Welch!.T.Should().BeApproximately(4.692976863, 1e-8);
        comparison.Welch.DegreesOfFreedom.Should().BeApproximately(6.929908484, 1e-8);
        comparison.Welch.PValue.Should().BeApproximately(0.0022874063, 1e-8);
        comparison.Welch.Significant.Should().BeTrue();
        comparison.HedgesG.Should().BeApproximately(2.744390685, 1e-8);
        comparison.LevelsDiffer.Should().BeTrue();
    }

    [Fact]
    public void Compare_SmallDifference_NotSignificant()
    {
        var comparison = DepartmentComparison.Compare(Figures(50, 60, 70), Figures(48, 58, 68));

        comparison.Gap.Should().Be(2m);
        comparison.Welch!.PValue.Should().BeGreaterThan(0.05);
        comparison.Welch.Significant.Should().BeFalse();
        comparison.Welch.DegreesOfFreedom.Should().BeApproximately(4, 1e-12);
    }

    [Fact]
    public void Compare_MarketingHigher_GapIsNegative()
    {
        var comparison = DepartmentComparison.Compare(Figures(40, 42), Figures(70, 71));

        comparison.Gap.Should().Be(-29.5m);
        comparison.Welch!.T.Should().BeNegative();
        comparison.HedgesG.Should().BeNegative();
    }

    [Fact]
    public void Compare_OneResponseInADepartment_NoTest()
    {
        var comparison = DepartmentComparison.Compare(Figures(50), Figures(40, 45, 60));

        comparison.Welch.Should().BeNull();
        comparison.HedgesG.Should().BeNull();
        comparison.GapShown.Should().Be(1.7m);
    }

    [Fact]
    public void Compare_NoVariationInEitherDepartment_NoTest()
    {
        var comparison = DepartmentComparison.Compare(Figures(50, 50, 50), Figures(60, 60));

        comparison.Welch.Should().BeNull();
        comparison.HedgesG.Should().BeNull();
        comparison.Gap.Should().Be(-10m);
    }

    [Fact]
    public void Compare_NoVariationInOneDepartmentOnly_TestUsesTheOther()
    {
        // Marketing has zero variance, so Welch's df reduces to n(Sales) - 1.
        var comparison = DepartmentComparison.Compare(Figures(50, 60, 70), Figures(40, 40, 40));

        comparison.Welch!.DegreesOfFreedom.Should().BeApproximately(2, 1e-12);
        comparison.Welch.T.Should().BeApproximately(20 / Math.Sqrt(100.0 / 3), 1e-12);
    }

    [Fact]
    public void Compare_Statements_OrderedByAbsoluteGapThenNumber()
    {
        var sales = Figures(Responses.With(3, (4, 5), (9, 1), (12, 4)), Responses.With(3, (4, 5), (9, 1), (12, 4)));
        var marketing = Figures(Responses.With(3, (2, 4)), Responses.With(3, (2, 4)));

        var comparison = DepartmentComparison.Compare(sales, marketing);

        comparison.Statements.Select(g => g.Number).Take(5).Should().Equal(4, 9, 2, 12, 1);
        comparison.Statements[0].Gap.Should().Be(2m);
        comparison.Statements[1].Gap.Should().Be(-2m);
        comparison.Statements[2].Gap.Should().Be(-1m);
        comparison.Divergent.Select(g => g.Number).Should().Equal(4, 9, 2, 12);
        comparison.Statements.Should().HaveCount(20);
    }

    [Theory]
    [InlineData(1, "0.95", "1.0", true)]
    [InlineData(2, "0.9", "0.9", false)]
    public void Compare_DivergenceJudgedOnTheShownGap(int lowAnswers, string exact, string shown, bool divergent)
    {
        // Marketing: 20 respondents answer 3 to statement 5. Sales: 20 respondents answer 4, except `lowAnswers` who answer 3.
        var sales = Figures(Enumerable.Range(0, 20).Select(i => Responses.With(3, (5, i < lowAnswers ? 3 : 4))).ToArray());
        var marketing = Figures(Enumerable.Range(0, 20).Select(_ => Responses.With(3, (5, 3))).ToArray());

        var gap = DepartmentComparison.Compare(sales, marketing).Statements.Single(g => g.Number == 5);

        gap.Gap.Should().Be(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture));
        gap.GapShown.Should().Be(decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
        gap.Divergent.Should().Be(divergent);
    }

    [Fact]
    public void Compare_SameLevel_LevelsDoNotDiffer() =>
        DepartmentComparison.Compare(Figures(41, 58), Figures(45, 50)).LevelsDiffer.Should().BeFalse();

    [Fact]
    public void Compare_Null_Throws() =>
        FluentActions.Invoking(() => DepartmentComparison.Compare(null!, Figures(50))).Should().Throw<ArgumentNullException>();
}
