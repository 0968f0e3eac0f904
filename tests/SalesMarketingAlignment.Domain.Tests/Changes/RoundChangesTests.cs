using SalesMarketingAlignment.Domain.Changes;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests.Changes;

public class RoundChangesTests
{
    private static readonly AnonymityRule Rule = AnonymityRule.Default;

    private static ResponseCounts Group(params SurveyAnswers[] answers) => ResponseCounts.FromAnswers(answers);

    /// <summary>Every statement answered 3 except statement 1, which gets each of <paramref name="firstAnswers"/> in turn.</summary>
    private static ResponseCounts StatementOne(params int[] firstAnswers) =>
        Group(firstAnswers.Select(a => Responses.With(3, (1, a))).ToArray());

    private static ResponseCounts All(int value, int count) =>
        Group(Enumerable.Range(0, count).Select(_ => Responses.AllAnswered(value)).ToArray());

    [Fact]
    public void Compute_SmallChangeWithSpread_IsWithinNoise()
    {
        // Statement 1: 2,3,4 then 3,4,5: +1.0, 95% interval 1 ± 2.776445 × 0.816497 = [-1.27, 3.27].
        var earlier = AssessmentResults.Compute(StatementOne(2, 3, 4), All(3, 3), Rule);
        var later = AssessmentResults.Compute(StatementOne(3, 4, 5), All(3, 3), Rule);

        var statement = RoundChanges.Compute(earlier, later).Sales.Statements[0];

        statement.Number.Should().Be(1);
        statement.Mean.Change.Should().Be(1m);
        statement.Mean.Interval!.Lower.Should().BeApproximately(-1.266958, 1e-5);
        statement.Mean.Interval.Upper.Should().BeApproximately(3.266958, 1e-5);
        statement.Mean.Verdict.Should().Be(ChangeVerdict.WithinNoise);
    }

    [Fact]
    public void Compute_LargeChange_MovedUpWithHandComputedInterval()
    {
        // 1,1,2,2 then 4,4,5,5: means 1.5 and 4.5, variances 1/3 each; se = sqrt(1/6) = 0.408248, df = 6,
        // t = 2.446912: 3 ± 0.998948.
        var earlier = AssessmentResults.Compute(StatementOne(1, 1, 2, 2), All(3, 3), Rule);
        var later = AssessmentResults.Compute(StatementOne(4, 4, 5, 5), All(3, 3), Rule);

        var change = RoundChanges.Compute(earlier, later).Sales.Statements[0].Mean;

        change.Earlier.Should().Be(1.5m);
        change.Later.Should().Be(4.5m);
        change.Interval!.DegreesOfFreedom.Should().BeApproximately(6, 1e-9);
        change.Interval.Lower.Should().BeApproximately(2.001052, 1e-5);
        change.Interval.Upper.Should().BeApproximately(3.998948, 1e-5);
        change.Verdict.Should().Be(ChangeVerdict.MovedUp);
    }

    [Fact]
    public void Compute_Decline_MovedDown()
    {
        var earlier = AssessmentResults.Compute(StatementOne(4, 4, 5, 5), All(3, 3), Rule);
        var later = AssessmentResults.Compute(StatementOne(1, 1, 2, 2), All(3, 3), Rule);

        var change = RoundChanges.Compute(earlier, later).Sales.Statements[0].Mean;

        change.ChangeShown.Should().Be(-3.0m);
        change.Verdict.Should().Be(ChangeVerdict.MovedDown);
    }

    [Fact]
    public void Compute_UnchangedStatements_AreWithinNoiseOrFlat()
    {
        var earlier = AssessmentResults.Compute(StatementOne(2, 3, 4), All(3, 3), Rule);
        var later = AssessmentResults.Compute(StatementOne(3, 4, 5), All(3, 3), Rule);

        var statements = RoundChanges.Compute(earlier, later).Sales.Statements;

        statements.Should().HaveCount(20);
        statements.Skip(1).Should().OnlyContain(s => s.Mean.Change == 0 && s.Mean.Verdict == ChangeVerdict.WithinNoise);
    }

    [Fact]
    public void Compute_LevelsAndTotal_FromEachRoundsMeanTotal()
    {
        // Sales all 3 (total 60, Aligned) then all 4 (total 80, Integrated): no spread, so the interval is [20, 20].
        var earlier = AssessmentResults.Compute(All(3, 3), All(2, 4), Rule);
        var later = AssessmentResults.Compute(All(4, 5), All(2, 4), Rule);

        var sales = RoundChanges.Compute(earlier, later).Sales;

        sales.Shown.Should().BeTrue();
        sales.EarlierLevel.Should().Be(AlignmentLevel.Aligned);
        sales.LaterLevel.Should().Be(AlignmentLevel.Integrated);
        sales.LevelSteps.Should().Be(1);
        sales.Total!.Change.Should().Be(20m);
        sales.Total.Interval.Should().NotBeNull();
        sales.Total.Interval!.Lower.Should().Be(20);
        sales.Total.Verdict.Should().Be(ChangeVerdict.MovedUp);
    }

    [Fact]
    public void Compute_GapThenAndNow_AreEachRoundsComparison()
    {
        // Then: Sales 60, Marketing 40 (gap 20); now: Sales 80, Marketing 70 (gap 10).
        var earlier = AssessmentResults.Compute(All(3, 3), All(2, 3), Rule);
        var later = AssessmentResults.Compute(All(4, 3), Group(Responses.WithTotal(70), Responses.WithTotal(70), Responses.WithTotal(70)), Rule);

        var changes = RoundChanges.Compute(earlier, later);

        changes.GapThen.Should().Be(20m);
        changes.GapNow.Should().Be(10m);
        changes.GapThenShown.Should().Be(20.0m);
    }

    [Fact]
    public void Compute_DepartmentWithheldInEarlierRound_ShowsNoChangeAndNoEarlierGap()
    {
        // Sales has 2 responses in the earlier round: below the minimum of 3, so its figures are withheld there.
        var earlier = AssessmentResults.Compute(All(2, 2), All(3, 3), Rule);
        var later = AssessmentResults.Compute(All(4, 5), All(3, 3), Rule);

        var changes = RoundChanges.Compute(earlier, later);

        changes.Sales.Absence.Should().Be(ChangeAbsence.Withheld);
        changes.Sales.Total.Should().BeNull();
        changes.Sales.Statements.Should().BeEmpty();
        changes.Sales.EarlierLevel.Should().BeNull();
        changes.Sales.LaterLevel.Should().BeNull();
        changes.Sales.LevelSteps.Should().BeNull();
        changes.GapThen.Should().BeNull();
        changes.GapNow.Should().Be(20m);
        changes.Marketing.Shown.Should().BeTrue();
    }

    [Fact]
    public void Compute_DepartmentWithheldInLaterRound_ShowsNoChange()
    {
        var earlier = AssessmentResults.Compute(All(3, 3), All(3, 3), Rule);
        var later = AssessmentResults.Compute(All(3, 3), All(4, 1), Rule);

        var changes = RoundChanges.Compute(earlier, later);

        changes.Marketing.Absence.Should().Be(ChangeAbsence.Withheld);
        changes.Marketing.Statements.Should().BeEmpty();
        changes.GapNow.Should().BeNull();
    }

    [Fact]
    public void Compute_DepartmentWithoutResponsesInOneRound_IsNoResponses()
    {
        var earlier = AssessmentResults.Compute(All(3, 3), ResponseCounts.Empty, Rule);
        var later = AssessmentResults.Compute(All(3, 3), All(3, 3), Rule);

        RoundChanges.Compute(earlier, later).Marketing.Absence.Should().Be(ChangeAbsence.NoResponses);
    }

    [Fact]
    public void Compute_SingleResponses_AreTooFewToTell()
    {
        var single = new AnonymityRule(1);
        var earlier = AssessmentResults.Compute(All(2, 1), All(3, 1), single);
        var later = AssessmentResults.Compute(All(4, 1), All(3, 1), single);

        var sales = RoundChanges.Compute(earlier, later).Sales;

        sales.Total!.Interval.Should().BeNull();
        sales.Total.Verdict.Should().Be(ChangeVerdict.TooFewToTell);
        sales.Total.ChangeShown.Should().Be(40.0m);
    }

    [Fact]
    public void Compute_Null_Throws() =>
        FluentActions.Invoking(() => RoundChanges.Compute(null!, AssessmentResults.Compute(All(3, 3), All(3, 3), Rule)))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void StatementVariance_FromAnswerCounts_HandComputed()
    {
        // Statement 1 answered 1,1,2,2: mean 1.5, variance (4 × 0.25) / 3 = 1/3.
        var figures = GroupFigures.From(StatementOne(1, 1, 2, 2));

        figures.Statement(1).Variance.Should().BeApproximately(1.0 / 3, 1e-12);
        figures.Statement(2).Variance.Should().Be(0);
    }
}
