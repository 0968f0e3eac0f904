using System.Globalization;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Tests.Results;

public class AssessmentResultsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly WithheldItem[] Derived = [WithheldItem.Overall, WithheldItem.Gap, WithheldItem.StatementGaps, WithheldItem.WelchTest];

    [Fact]
    public void Compute_BothDepartmentsAtTheMinimum_ShowsEverything()
    {
        var results = AssessmentResults.Compute(Responses.Totals(60, 70, 80), Responses.Totals(40, 45, 50), AnonymityRule.Default);

        results.Withheld.Should().BeEmpty();
        results.Sales!.MeanTotal.Should().Be(70m);
        results.Marketing!.MeanTotal.Should().Be(45m);
        results.Overall.Should().Be(new OverallScore(57.5m, 57.5m, AlignmentLevel.Defined, Incomplete: false));
        results.Comparison!.Gap.Should().Be(25m);
        results.Comparison.Welch.Should().NotBeNull();
        results.DepartmentsWithoutResponses.Should().BeEmpty();
    }

    [Fact]
    public void Compute_OverallIsMeanOfDepartmentMeans_EachDepartmentCountsEqually()
    {
        // Sales has 4 respondents at 80, Marketing 3 at 40: pooled mean would be 62.9; the overall is 60.0.
        var results = AssessmentResults.Compute(Responses.Totals(80, 80, 80, 80), Responses.Totals(40, 40, 40), AnonymityRule.Default);

        results.Overall!.Mean.Should().Be(60m);
        results.Overall.Level.Should().Be(AlignmentLevel.Aligned);
    }

    [Fact]
    public void Compute_OverallRoundedHalfAwayFromZero_LevelFromShownMean()
    {
        // Department means 59.9 and 60.0: overall 59.95, shown 60.0, Aligned.
        var sales = Responses.Totals(Enumerable.Repeat(60, 9).Append(59).ToArray());
        var marketing = Responses.Totals(60, 60, 60);

        var overall = AssessmentResults.Compute(sales, marketing, AnonymityRule.Default).Overall!;

        overall.Mean.Should().Be(59.95m);
        overall.MeanShown.Should().Be(60.0m);
        overall.Level.Should().Be(AlignmentLevel.Aligned);
    }

    [Fact]
    public void Compute_SalesBelowMinimum_WithholdsSalesAndEverythingDerived()
    {
        var results = AssessmentResults.Compute(Responses.Totals(60, 70), Responses.Totals(40, 45, 50), AnonymityRule.Default);

        results.SalesResponses.Should().Be(2);
        results.MarketingResponses.Should().Be(3);
        results.Sales.Should().BeNull();
        results.Marketing.Should().NotBeNull();
        results.Overall.Should().BeNull();
        results.Comparison.Should().BeNull();
        results.Withheld.Select(w => w.Item).Should().BeEquivalentTo(Derived.Prepend(WithheldItem.SalesFigures));
        results.IsWithheld(WithheldItem.MarketingFigures).Should().BeFalse();
        AlignmentWording.WithheldReason(results.Withheld.Single(w => w.Item == WithheldItem.SalesFigures), English)
            .Should().Be("Responses from Sales: 2. Figures are shown only for groups of at least 3, so that no one's answers can be worked out.");
        results.Withheld.Should().OnlyContain(w => !string.IsNullOrWhiteSpace(AlignmentWording.WithheldReason(w, English)));
    }

    [Fact]
    public void Compute_MarketingBelowMinimum_WithholdsMarketingOverallAndGap()
    {
        var results = AssessmentResults.Compute(Responses.Totals(60, 70, 80, 90), Responses.Totals(40), AnonymityRule.Default);

        results.Marketing.Should().BeNull();
        results.Sales!.Count.Should().Be(4);
        results.Overall.Should().BeNull();
        results.Comparison.Should().BeNull();
        results.IsWithheld(WithheldItem.MarketingFigures).Should().BeTrue();
        results.IsWithheld(WithheldItem.Overall).Should().BeTrue();
        results.IsWithheld(WithheldItem.Gap).Should().BeTrue();
        results.IsWithheld(WithheldItem.SalesFigures).Should().BeFalse();
    }

    [Fact]
    public void Compute_BothBelowMinimum_WithholdsBoth()
    {
        var results = AssessmentResults.Compute(Responses.Totals(60), Responses.Totals(40, 41), AnonymityRule.Default);

        results.Withheld.Select(w => w.Item).Should().BeEquivalentTo(Derived.Append(WithheldItem.SalesFigures).Append(WithheldItem.MarketingFigures));
        AlignmentWording.WithheldReason(results.Withheld.Single(w => w.Item == WithheldItem.Overall), English).Should().Contain("Sales and Marketing");
    }

    [Fact]
    public void Compute_OneDepartmentWithoutResponses_OverallIsTheOtherMarkedIncomplete()
    {
        var results = AssessmentResults.Compute(ResponseCounts.Empty, Responses.Totals(40, 45, 50), AnonymityRule.Default);

        results.Withheld.Should().BeEmpty();
        results.Sales.Should().BeNull();
        results.Overall.Should().Be(new OverallScore(45m, 45m, AlignmentLevel.Defined, Incomplete: true));
        results.Comparison.Should().BeNull();
        results.DepartmentsWithoutResponses.Should().Equal(Department.Sales);
    }

    [Fact]
    public void Compute_OtherDepartmentWithoutResponsesAndThisBelowMinimum_WithholdsFiguresAndOverallOnly()
    {
        var results = AssessmentResults.Compute(Responses.Totals(70, 71), ResponseCounts.Empty, AnonymityRule.Default);

        results.Overall.Should().BeNull();
        results.Withheld.Select(w => w.Item).Should().BeEquivalentTo([WithheldItem.SalesFigures, WithheldItem.Overall]);
        AlignmentWording.WithheldReason(results.Withheld.Single(w => w.Item == WithheldItem.Overall), English).Should().Contain("only department with responses");
        results.DepartmentsWithoutResponses.Should().Equal(Department.Marketing);
    }

    [Fact]
    public void Compute_NoResponsesAtAll_NothingWithheldNothingShown()
    {
        var results = AssessmentResults.Compute(ResponseCounts.Empty, ResponseCounts.Empty, AnonymityRule.Default);

        results.Withheld.Should().BeEmpty();
        results.Overall.Should().BeNull();
        results.Sales.Should().BeNull();
        results.Marketing.Should().BeNull();
        results.DepartmentsWithoutResponses.Should().Equal(Department.Sales, Department.Marketing);
    }

    [Fact]
    public void Compute_MinimumOfOne_SingleResponsesShownWithoutTest()
    {
        var results = AssessmentResults.Compute(Responses.Totals(60), Responses.Totals(40), new AnonymityRule(1));

        results.Withheld.Should().BeEmpty();
        results.Overall!.Mean.Should().Be(50m);
        results.Comparison!.Welch.Should().BeNull();
    }

    [Fact]
    public void Compute_HigherMinimum_WithholdsGroupsThatDefaultAllows()
    {
        var results = AssessmentResults.Compute(Responses.Totals(60, 61, 62, 63), Responses.Totals(40, 41, 42, 43, 44), new AnonymityRule(5));

        results.IsWithheld(WithheldItem.SalesFigures).Should().BeTrue();
        results.IsWithheld(WithheldItem.MarketingFigures).Should().BeFalse();
        results.Marketing!.Count.Should().Be(5);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void FiguresOrNull_Subgroup_AppliesTheSameRule(int count, bool shown)
    {
        var counts = Responses.Totals(Enumerable.Repeat(55, count).ToArray());

        var figures = AssessmentResults.FiguresOrNull(counts, AnonymityRule.Default);

        (figures is not null).Should().Be(shown);
    }

    [Theory]
    [InlineData(3, 5, false)] // the other 2 could be worked out by subtraction
    [InlineData(3, 6, true)]
    [InlineData(3, 3, true)] // the subgroup is the whole group
    [InlineData(2, 6, false)] // the subgroup itself is too small
    public void SubgroupFiguresOrNull_ProtectsTheRestOfTheGroupToo(int subgroupSize, int wholeSize, bool shown)
    {
        var subgroup = Responses.Totals(Enumerable.Repeat(50, subgroupSize).ToArray());
        var whole = subgroup.Combine(Responses.Totals(Enumerable.Repeat(70, wholeSize - subgroupSize).ToArray()));

        var figures = AssessmentResults.SubgroupFiguresOrNull(subgroup, whole, AnonymityRule.Default);

        (figures is not null).Should().Be(shown);
    }

    [Fact]
    public void SubgroupFiguresOrNull_SubgroupLargerThanWhole_Throws() =>
        FluentActions.Invoking(() => AssessmentResults.SubgroupFiguresOrNull(Responses.Totals(50, 50, 50, 50), Responses.Totals(50, 50, 50), AnonymityRule.Default))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void Compute_NullArguments_Throw()
    {
        FluentActions.Invoking(() => AssessmentResults.Compute(null!, ResponseCounts.Empty, AnonymityRule.Default)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AssessmentResults.Compute(ResponseCounts.Empty, ResponseCounts.Empty, null!)).Should().Throw<ArgumentNullException>();
    }
}
