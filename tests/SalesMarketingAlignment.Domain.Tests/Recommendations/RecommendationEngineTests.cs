using System.Globalization;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Tests.Recommendations;

public class RecommendationEngineTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Both departments at the same total, three respondents each: no perception gap.</summary>
    private static AssessmentResults At(int total) =>
        AssessmentResults.Compute(Responses.Totals(total, total, total), Responses.Totals(total, total, total), AnonymityRule.Default);

    private static string[] Ids(params string[] ids) => ids;

    [Theory]
    [InlineData(30, AlignmentLevel.Undefined, "conflicts-evident", AlignmentLevel.Defined)]
    [InlineData(50, AlignmentLevel.Defined, "market-commoditized", AlignmentLevel.Aligned)]
    [InlineData(70, AlignmentLevel.Aligned, "common-funnel-possible", AlignmentLevel.Integrated)]
    public void Recommend_TightenConditionHolds_MovesUpWithTheActionsOfTheMove(int total, AlignmentLevel level, string condition, AlignmentLevel target)
    {
        var recommendation = RecommendationEngine.Recommend(At(total), Ids(condition));

        recommendation.CurrentLevel.Should().Be(level);
        recommendation.Decision.Should().Be(Decision.MoveUp);
        recommendation.TargetLevel.Should().Be(target);
        recommendation.Reasons.Select(c => c.Id).Should().Equal(condition);
        recommendation.Caveats.Should().BeEmpty();
        recommendation.ConditionsToAssess.Should().BeEmpty();
        recommendation.Actions.Should().Equal(TransitionActions.For(level));
        recommendation.IncludesChecklist.Should().Be(target == AlignmentLevel.Integrated);
        AlignmentWording.DecisionLine(recommendation, English).Should().Be($"Move up from {level} to {target}.");
        AlignmentWording.Reasons(recommendation, English).Should().Equal(AlignmentConditions.Get(condition).Text(English));
    }

    [Fact]
    public void Recommend_TightenAndStayBothHold_MovesUpWithStayAsCaveats()
    {
        var recommendation = RecommendationEngine.Recommend(At(30), Ids("company-is-small", "conflicts-evident", "compete-for-resources"));

        recommendation.Decision.Should().Be(Decision.MoveUp);
        recommendation.Reasons.Select(c => c.Id).Should().Equal("conflicts-evident", "compete-for-resources");
        recommendation.Caveats.Select(c => c.Id).Should().Equal("company-is-small");
        AlignmentWording.Caveats(recommendation, English).Should().ContainSingle()
            .Which.Items.Should().Equal(AlignmentConditions.Get("company-is-small").Text(English));
    }

    [Theory]
    [InlineData(30, AlignmentLevel.Undefined, "good-informal-relationships")]
    [InlineData(50, AlignmentLevel.Defined, "no-compelling-reason")]
    [InlineData(70, AlignmentLevel.Aligned, "short-sales-cycle")]
    public void Recommend_OnlyStayConditionsHold_Stays(int total, AlignmentLevel level, string condition)
    {
        var recommendation = RecommendationEngine.Recommend(At(total), Ids(condition));

        recommendation.Decision.Should().Be(Decision.Stay);
        recommendation.TargetLevel.Should().Be(level);
        recommendation.Reasons.Select(c => c.Id).Should().Equal(condition);
        recommendation.Actions.Should().BeEmpty();
        recommendation.IncludesChecklist.Should().BeFalse();
        AlignmentWording.Reasons(recommendation, English).Should().Equal(AlignmentConditions.Get(condition).Text(English));
    }

    [Theory]
    [InlineData(30, AlignmentLevel.Undefined)]
    [InlineData(50, AlignmentLevel.Defined)]
    [InlineData(70, AlignmentLevel.Aligned)]
    public void Recommend_NoConditionOfTheLevelHolds_UndecidedListingItsConditions(int total, AlignmentLevel level)
    {
        var recommendation = RecommendationEngine.Recommend(At(total), []);

        recommendation.Decision.Should().Be(Decision.Undecided);
        recommendation.TargetLevel.Should().BeNull();
        recommendation.ConditionsToAssess.Should().Equal(AlignmentConditions.ForLevel(level));
        recommendation.Reasons.Should().BeEmpty();
        recommendation.Actions.Should().BeEmpty();
        AlignmentWording.DecisionLine(recommendation, English).Should().StartWith("No decision yet");
        AlignmentWording.Reasons(recommendation, English).Should().BeEmpty();
    }

    [Fact]
    public void Recommend_ConditionsOfOtherLevelsOnly_UndecidedAndReportedNotApplicable()
    {
        var recommendation = RecommendationEngine.Recommend(At(50), Ids("conflicts-evident", "common-funnel-possible"));

        recommendation.Decision.Should().Be(Decision.Undecided);
        recommendation.NotApplicable.Select(c => c.Id).Should().Equal("conflicts-evident", "common-funnel-possible");
        AlignmentWording.Caveats(recommendation, English).Should().Contain(c => c.Text.Contains("another level", StringComparison.Ordinal));
    }

    [Fact]
    public void Recommend_Integrated_MaintainsWithChecklist()
    {
        var recommendation = RecommendationEngine.Recommend(At(90), Ids("short-sales-cycle"));

        recommendation.Decision.Should().Be(Decision.Maintain);
        recommendation.CurrentLevel.Should().Be(AlignmentLevel.Integrated);
        recommendation.TargetLevel.Should().Be(AlignmentLevel.Integrated);
        recommendation.IncludesChecklist.Should().BeTrue();
        recommendation.Actions.Should().BeEmpty();
        recommendation.NotApplicable.Select(c => c.Id).Should().Equal("short-sales-cycle");
    }

    [Fact]
    public void Recommend_NoResponses_InsufficientData()
    {
        var results = AssessmentResults.Compute(ResponseCounts.Empty, ResponseCounts.Empty, AnonymityRule.Default);

        var recommendation = RecommendationEngine.Recommend(results, Ids("conflicts-evident"));

        recommendation.Decision.Should().Be(Decision.InsufficientData);
        recommendation.CurrentLevel.Should().BeNull();
        recommendation.TargetLevel.Should().BeNull();
        recommendation.WeakSpots.Should().BeEmpty();
        recommendation.InsufficientDataCause.Should().Be(InsufficientDataCause.NoResponses);
        AlignmentWording.Reasons(recommendation, English).Should().Equal("No one has answered yet.");
    }

    [Fact]
    public void Recommend_OverallWithheld_InsufficientDataWithoutAnyFigure()
    {
        var results = AssessmentResults.Compute(Responses.Totals(30, 31), Responses.Totals(70, 71, 72), AnonymityRule.Default);

        var recommendation = RecommendationEngine.Recommend(results, []);

        recommendation.Decision.Should().Be(Decision.InsufficientData);
        recommendation.WeakSpots.Should().BeEmpty();
        recommendation.PerceptionGapAdvice.Should().BeNull();
        recommendation.InsufficientDataCause.Should().Be(InsufficientDataCause.Withheld);
        AlignmentWording.Reasons(recommendation, English).Single().Should().Contain("withheld");
    }

    [Fact]
    public void Recommend_OneDepartmentOnly_DecidesOnItAndSaysIncomplete()
    {
        var results = AssessmentResults.Compute(Responses.Totals(50, 50, 50), ResponseCounts.Empty, AnonymityRule.Default);

        var recommendation = RecommendationEngine.Recommend(results, Ids("traditional-roles-work"));

        recommendation.Decision.Should().Be(Decision.Stay);
        recommendation.Incomplete.Should().BeTrue();
        AlignmentWording.Caveats(recommendation, English).Select(c => c.Text).Should().Contain(t => t.StartsWith("Only one department", StringComparison.Ordinal));
        recommendation.WeakSpots.Should().HaveCount(3);
    }

    [Fact]
    public void Recommend_UnknownConditionId_ThrowsNamingIt() =>
        FluentActions.Invoking(() => RecommendationEngine.Recommend(At(50), Ids("market-commoditized", "moon-is-full")))
            .Should().Throw<ArgumentException>().WithMessage("*moon-is-full*");

    [Fact]
    public void Recommend_DuplicateIds_CountedOnce() =>
        RecommendationEngine.Recommend(At(50), Ids("market-commoditized", "market-commoditized")).Reasons.Should().ContainSingle();

    [Fact]
    public void Recommend_WeakSpots_LowestOverallStatementMeansTiesByNumber()
    {
        // Sales: statements 4 and 9 low; Marketing: statement 2 low and 4 high. Overall means: 4 -> (1 + 5) / 2 = 3 (not weak),
        // 9 -> (1 + 3) / 2 = 2, 2 -> (3 + 1) / 2 = 2, 15 -> (2 + 2) / 2 = 2; others 3. Ties at 2 go by number: 2, 9, 15.
        var sales = ResponseCounts.FromAnswers(Enumerable.Repeat(Responses.With(3, (4, 1), (9, 1), (15, 2)), 3));
        var marketing = ResponseCounts.FromAnswers(Enumerable.Repeat(Responses.With(3, (2, 1), (4, 5), (15, 2)), 3));
        var results = AssessmentResults.Compute(sales, marketing, AnonymityRule.Default);

        var weakSpots = RecommendationEngine.Recommend(results, []).WeakSpots;

        weakSpots.Select(w => w.StatementNumber).Should().Equal(2, 9, 15);
        weakSpots.Should().OnlyContain(w => w.Mean == 2m);
        // The low statements put the overall total just under 60: Defined, so each action is one of the move to Aligned.
        results.Overall!.Level.Should().Be(AlignmentLevel.Defined);
        weakSpots.Select(w => w.Action.Id).Should().Equal("da-disciplined-communication", "da-joint-assignments", "da-sales-feedback");
    }

    [Fact]
    public void Recommend_WeakSpotsOfADefinedOrganization_OnlyActionsForTheMoveToAligned()
    {
        // The case: a Defined organization weak on statement 17 (single C-level executive) and on 8 (heads
        // confer upstream) was told to appoint a chief revenue officer and split Marketing, two moves ahead.
        var answers = Responses.With(3, (17, 1), (8, 1), (11, 1), (2, 2), (4, 2), (5, 2), (6, 2), (7, 2), (9, 2), (10, 2));
        var results = AssessmentResults.Compute(
            ResponseCounts.FromAnswers(Enumerable.Repeat(answers, 3)), ResponseCounts.FromAnswers(Enumerable.Repeat(answers, 3)), AnonymityRule.Default);
        results.Overall!.Level.Should().Be(AlignmentLevel.Defined);

        var weakSpots = RecommendationEngine.Recommend(results, []).WeakSpots;

        weakSpots.Select(w => w.StatementNumber).Should().Equal(8, 11, 17);
        weakSpots.Should().OnlyContain(w => w.Action.From == AlignmentLevel.Defined && w.Action.To == AlignmentLevel.Aligned);
        weakSpots.Select(w => w.Action.Id).Should().NotContain(["ai-chief-revenue-officer", "ai-split-marketing"]);
    }

    [Fact]
    public void Recommend_LevelsDiffer_PerceptionGapAdviceListsDivergentStatements()
    {
        // Sales 3 x total 62 (Aligned), Marketing 3 x 58 (Defined); no variation within groups, so no test: only the levels differ.
        var results = AssessmentResults.Compute(Responses.Totals(62, 62, 62), Responses.Totals(58, 58, 58), AnonymityRule.Default);

        var recommendation = RecommendationEngine.Recommend(results, []);

        var advice = recommendation.PerceptionGapAdvice;
        advice.Should().NotBeNull();
        advice!.LevelsDiffer.Should().BeTrue();
        advice.Significant.Should().BeFalse();
        advice.DivergentStatements.Should().Equal(results.Comparison!.Divergent.Select(g => g.Number));
        advice.DivergentStatements.Should().NotBeEmpty();
        AlignmentWording.PerceptionGapAdvice(advice, English).Should().Contain(string.Join(", ", advice.DivergentStatements)).And.Contain("different levels");
    }

    [Fact]
    public void Recommend_SignificantGapOnSameLevel_PerceptionGapAdvice()
    {
        var results = AssessmentResults.Compute(Responses.Totals(58, 59, 58, 59), Responses.Totals(40, 41, 40, 41), AnonymityRule.Default);

        var advice = RecommendationEngine.Recommend(results, []).PerceptionGapAdvice;

        results.Comparison!.LevelsDiffer.Should().BeFalse();
        advice.Should().NotBeNull();
        advice!.Significant.Should().BeTrue();
        advice.LevelsDiffer.Should().BeFalse();
    }

    [Fact]
    public void Recommend_NoPerceptionGap_NoAdvice() =>
        RecommendationEngine.Recommend(At(50), []).PerceptionGapAdvice.Should().BeNull();

    [Fact]
    public void Recommend_NullArguments_Throw()
    {
        FluentActions.Invoking(() => RecommendationEngine.Recommend(null!, [])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RecommendationEngine.Recommend(At(50), null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Recommend_SignificantGapWithoutDivergentStatement_AdviceSaysSo()
    {
        // Sales 60, 61, 60, 61; Marketing 58 each, lowered on different statements: no statement differs by a point.
        var sales = ResponseCounts.FromAnswers([Responses.AllAnswered(3), Responses.With(3, (9, 4)), Responses.AllAnswered(3), Responses.With(3, (10, 4))]);
        var marketing = ResponseCounts.FromAnswers(
        [
            Responses.With(3, (1, 2), (2, 2)),
            Responses.With(3, (3, 2), (4, 2)),
            Responses.With(3, (5, 2), (6, 2)),
            Responses.With(3, (7, 2), (8, 2)),
        ]);
        var results = AssessmentResults.Compute(sales, marketing, AnonymityRule.Default);

        var advice = RecommendationEngine.Recommend(results, []).PerceptionGapAdvice;

        results.Comparison!.Welch!.Significant.Should().BeTrue();
        advice.Should().NotBeNull();
        advice!.DivergentStatements.Should().BeEmpty();
        AlignmentWording.PerceptionGapAdvice(advice, English).Should().Contain("No single statement differs by a full point");
    }

    [Fact]
    public void Recommend_CultureWithoutTranslation_FallsBackToEnglish()
    {
        // German has no translation: English words, German number format.
        var recommendation = RecommendationEngine.Recommend(At(50), Ids("market-commoditized"));

        AlignmentWording.DecisionLine(recommendation, new CultureInfo("de-DE")).Should().Be("Move up from Defined to Aligned.");
    }

    [Fact]
    public void Recommend_Russian_UsesTheRussianLevelNamesAndWording()
    {
        var recommendation = RecommendationEngine.Recommend(At(50), Ids("market-commoditized"));

        AlignmentWording.DecisionLine(recommendation, new CultureInfo("ru-RU"))
            .Should().Be("Перейти с уровня «Слабое взаимодействие» на уровень «Согласованное взаимодействие».");
    }

    [Fact]
    public void Recommend_Dutch_UsesDutchWordingAroundTheEnglishLevelNames()
    {
        var recommendation = RecommendationEngine.Recommend(At(50), []);

        AlignmentWording.DecisionLine(recommendation, new CultureInfo("nl-NL"))
            .Should().Be("Nog geen besluit: het hangt ervan af welke voorwaarden uit het artikel voor Defined gelden.");
    }
}
