using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using static SalesMarketingAlignment.Reports.Tests.Building.DomainSamples;

namespace SalesMarketingAlignment.Reports.Tests.Building;

public class DiagnosticReportBuilderTests
{
    [Fact]
    public void Build_Cover_HasOrganizationTitleDatesResponsesAndPreparer()
    {
        var input = Input(Diverging(salesRespondents: 6, marketingRespondents: 5));

        var cover = DiagnosticReportBuilder.Build(input).Cover;

        cover.Organization.Should().Be("Fabrikam Tooling GmbH");
        cover.AssessmentTitle.Should().Be("Alignment check, winter 2026");
        cover.OpenedOn.Should().Be(new DateOnly(2026, 1, 12));
        cover.ClosedOn.Should().Be(new DateOnly(2026, 2, 27));
        cover.Responses.Select(r => (r.Department, r.Count)).Should().Equal(("Sales", 6), ("Marketing", 5));
        cover.PreparedBy.Should().Be("Petra Lindqvist");
        cover.PreparedOn.Should().Be(new DateOnly(2026, 3, 3));
    }

    [Fact]
    public void Build_Summary_HasEachDepartmentsAndTheOverallLevelFromTheDomain()
    {
        var results = Diverging();
        results.Sales!.Level.Should().NotBe(results.Marketing!.Level, "the sample is meant to have diverging levels");

        var summary = DiagnosticReportBuilder.Build(Input(results)).Summary;

        summary.Departments.Select(d => (d.Subject, d.Level, d.MeanTotal, d.Respondents)).Should().Equal(
            ("Sales", results.Sales.Level, results.Sales.MeanTotal, 6),
            ("Marketing", results.Marketing.Level, results.Marketing.MeanTotal, 5));
        summary.Overall.Level.Should().Be(results.Overall!.Level);
        summary.Overall.MeanTotal.Should().Be(results.Overall.Mean);
        summary.Overall.Respondents.Should().Be(11);
    }

    [Fact]
    public void Build_Summary_GapSentenceNamesTheHigherDepartmentAndTheLevelsDiffer()
    {
        var results = Diverging();
        var gap = Math.Abs(results.Comparison!.Gap);

        var summary = DiagnosticReportBuilder.Build(Input(results)).Summary;

        summary.GapSentence.Should().StartWith("Marketing rates the relationship " + ChartFormat.Mean(gap, English) + " points higher than Sales");
        summary.GapSentence.Should().Contain(ChartFormat.Mean(results.Marketing!.MeanTotal, English))
            .And.Contain(ChartFormat.Mean(results.Sales!.MeanTotal, English))
            .And.Contain($"Sales sees it as {results.Sales.Level}, Marketing as {results.Marketing.Level}.");
        var welch = results.Comparison.Welch!;
        summary.SignificanceSentence.Should().Contain(welch.Significant ? "unlikely to be chance" : "could well be chance");
        summary.SignificanceSentence.Should().MatchRegex(@"\(Welch's t-test, p (< 0\.001|= 0\.\d{3}); Hedges' g = −?\d+\.\d{2}, positive when Sales rates higher\.\)");
    }

    [Fact]
    public void Build_Summary_IsTheDecisionLineWithItsReasonsAndCaveatsApart()
    {
        var results = Diverging();
        results.Overall!.Level.Should().Be(AlignmentLevel.Defined);
        var input = Input(results, ["market-commoditized", "products-cut-and-dried"]);

        var report = DiagnosticReportBuilder.Build(input);

        input.Recommendation.Decision.Should().Be(Decision.MoveUp);
        report.Summary.DecisionParagraph.Should().Be("Move up from Defined to Aligned.");
        report.Summary.Reasons.Should().Equal(AlignmentConditions.Get("market-commoditized").Text(English));
        report.Summary.Caveats.Should().ContainSingle().Which.Should().EndWith(AlignmentConditions.Get("products-cut-and-dried").Text(English));
        report.Recommendations.Decision.Should().Be(report.Summary.DecisionParagraph);
        report.Recommendations.CurrentLevel.Should().Be("Defined");
        report.Recommendations.TargetLevel.Should().Be("Aligned");
        report.Recommendations.Reasons.Should().Equal(AlignmentConditions.Get("market-commoditized").Text(English));
        report.Recommendations.Caveats.Should().Equal(report.Summary.Caveats);
        report.Recommendations.Actions.Select(a => a.Title).Should().Equal(TransitionActions.For(AlignmentLevel.Defined).Select(a => a.Title(English)));
        report.Recommendations.Actions.Should().OnlyContain(a => a.ArticleSection.StartsWith("Moving Up › Moving from defined to aligned", StringComparison.Ordinal));
        report.Recommendations.PerceptionGapAdvice.Should().Be(AlignmentWording.PerceptionGapAdvice(input.Recommendation.PerceptionGapAdvice!, English));
    }

    [Theory]
    [InlineData(new string[0], "No decision yet: it depends on which of the article's conditions for Defined hold.")]
    [InlineData(new[] { "no-compelling-reason" }, "Stay at Defined: the relationship works well enough as it is.")]
    public void Build_DecisionLine_FollowsTheEngine(string[] conditions, string expected)
    {
        var report = DiagnosticReportBuilder.Build(Input(Diverging(), conditions));

        report.Recommendations.Decision.Should().Be(expected);
    }

    [Fact]
    public void Build_Conditions_OfTheLevelHoldOrNotAndOthersAreNotApplicable()
    {
        var input = Input(Diverging(), ["market-commoditized", "conflicts-evident"]);

        var conditions = DiagnosticReportBuilder.Build(input).Recommendations.Conditions;

        conditions.Should().HaveCount(AlignmentConditions.ForLevel(AlignmentLevel.Defined).Count + 1);
        conditions.Should().ContainSingle(c => c.State == ConditionState.Holds).Which.Text
            .Should().Be(AlignmentConditions.Get("market-commoditized").Text(English));
        conditions.Should().ContainSingle(c => c.State == ConditionState.NotApplicable).Which.Text
            .Should().Be(AlignmentConditions.Get("conflicts-evident").Text(English));
        conditions.Count(c => c.State == ConditionState.DoesNotHold).Should().Be(AlignmentConditions.ForLevel(AlignmentLevel.Defined).Count - 1);
    }

    [Fact]
    public void Build_ConditionsNotAssessed_EachOfTheLevelIsNotAssessedAndNoAssessorIsNamed()
    {
        var input = Input(Diverging()) with { ConditionsAssessedBy = "Carla Jensen", ConditionsAssessedOn = new DateOnly(2026, 2, 3) };

        var recommendations = DiagnosticReportBuilder.Build(input).Recommendations;

        recommendations.Conditions.Should().HaveCount(AlignmentConditions.ForLevel(AlignmentLevel.Defined).Count)
            .And.OnlyContain(c => c.State == ConditionState.NotAssessed);
        recommendations.ConditionsAssessed.Should().BeFalse();
        recommendations.ConditionsAssessedBy.Should().BeNull();
        recommendations.ConditionsAssessedOn.Should().BeNull();
    }

    [Fact]
    public void Build_ConditionsAssessedNoneHolds_EachDoesNotHoldWithWhoAndWhen()
    {
        var input = Input(Diverging()) with { ConditionsAssessed = true, ConditionsAssessedBy = "Carla Jensen", ConditionsAssessedOn = new DateOnly(2026, 2, 3) };

        var recommendations = DiagnosticReportBuilder.Build(input).Recommendations;

        recommendations.Conditions.Should().NotBeEmpty().And.OnlyContain(c => c.State == ConditionState.DoesNotHold);
        recommendations.ConditionsAssessedBy.Should().Be("Carla Jensen");
        recommendations.ConditionsAssessedOn.Should().Be(new DateOnly(2026, 2, 3));
    }

    [Fact]
    public void Build_Statements_HaveTheDomainMeansDivergenceAndWeakSpots()
    {
        var results = Diverging();
        var input = Input(results);

        var rows = DiagnosticReportBuilder.Build(input).Statements;

        rows.Select(r => r.Number).Should().Equal(Enumerable.Range(1, 20));
        rows.Select(r => r.Text).Should().Equal(Questionnaire.Statements.Select(s => s.Text(English)));
        rows.Select(r => r.SalesMean).Should().Equal(results.Sales!.Statements.Select(s => (decimal?)s.Mean));
        rows.Select(r => r.MarketingMean).Should().Equal(results.Marketing!.Statements.Select(s => (decimal?)s.Mean));
        rows.Where(r => r.Divergent).Select(r => r.Number).Should().BeEquivalentTo(results.Comparison!.Divergent.Select(g => g.Number));
        rows.Where(r => r.WeakSpot).Select(r => r.Number).Should().BeEquivalentTo(input.Recommendation.WeakSpots.Select(w => w.StatementNumber));
        rows.Should().Contain(r => r.Divergent, "the sample's departments differ by a point on some statements");
    }

    [Fact]
    public void Build_Charts_UseBothDepartmentsFigures()
    {
        var results = Diverging();

        var charts = DiagnosticReportBuilder.Build(Input(results)).Charts;

        charts.LevelScale.Markers.Select(m => m.MeanTotal).Should().Equal(results.Sales!.MeanTotal, results.Marketing!.MeanTotal);
        charts.PerceptionGap.Rows.Should().HaveCount(20);
        charts.PerceptionGap.Rows.Where(r => r.Divergent).Select(r => r.Number).Should().BeEquivalentTo(results.Comparison!.Divergent.Select(g => g.Number));
        charts.Distribution!.Series.Select(s => s.CountsByLevel.Sum()).Should().Equal(6, 5);
        charts.Distribution.Series[0].Count(results.Sales.Level).Should().Be((int)results.Sales.CountByLevel[results.Sales.Level]);
    }

    [Fact]
    public void Build_MarketingWithheld_ShowsNoMarketingFigureAnywhere()
    {
        var results = Diverging(salesRespondents: 6, marketingRespondents: 2, minimumGroupSize: 3);

        var report = DiagnosticReportBuilder.Build(Input(results, ["market-commoditized"]));

        var marketing = report.Summary.Departments[1];
        marketing.IsWithheld.Should().BeTrue();
        marketing.Respondents.Should().Be(2, "response counts stay visible");
        marketing.WithheldReason.Should().Be(AlignmentWording.WithheldReason(results.Withheld.Single(w => w.Item == Domain.Results.WithheldItem.MarketingFigures), English));
        report.Summary.Overall.IsWithheld.Should().BeTrue();
        report.Summary.GapSentence.Should().BeEmpty();
        report.Summary.SignificanceSentence.Should().BeEmpty();
        report.Statements.Should().OnlyContain(r => r.MarketingMean == null && r.Gap == null && !r.Divergent);
        report.Charts.LevelScale.Markers.Select(m => m.Label).Should().Equal("Sales");
        report.Charts.PerceptionGap.Rows.Should().OnlyContain(r => r.MarketingMean == null);
        report.Charts.Distribution!.Series.Select(s => s.Label).Should().Equal("Sales");
        report.Levels.Levels.Should().NotContain(l => l.IsCurrent);
        report.Recommendations.Decision.Should().Be("No recommendation yet: there are no figures to base it on.");
        report.Summary.Reasons.Should().ContainSingle().Which.Should().Contain("withheld to protect anonymity");
        report.Appendix.Withheld.Select(w => w.Item).Should().Contain(["Marketing figures", "Overall score and level", "Gap between the departments"]);
    }

    [Fact]
    public void Build_Ticks_AppearWithWhoAndWhen()
    {
        var ticks = new Dictionary<string, TaskTick>
        {
            ["ps-shared-databases"] = new("Tom Okafor", new DateOnly(2026, 2, 14)),
            ["not-a-task"] = new("Nobody", new DateOnly(2026, 2, 15)),
        };

        var checklist = DiagnosticReportBuilder.Build(Input(Diverging(), ticks: ticks)).Recommendations.Checklist;

        checklist.Select(g => g.Title).Should().Equal(Enum.GetValues<Domain.Recommendations.ChecklistGroup>().Select(g => IntegrationChecklist.GroupTitle(g, English)));
        checklist.SelectMany(g => g.Tasks).Should().HaveCount(IntegrationChecklist.Tasks.Count);
        var ticked = checklist.SelectMany(g => g.Tasks).Should().ContainSingle(t => t.Ticked).Subject;
        ticked.Text.Should().Be(IntegrationChecklist.Tasks.Single(t => t.Id == "ps-shared-databases").Text(English));
        ticked.TickedBy.Should().Be("Tom Okafor");
        ticked.TickedOn.Should().Be(new DateOnly(2026, 2, 14));
    }

    [Fact]
    public void Build_NoTicksAndNotAtOrTowardsIntegrated_LeavesTheChecklistOut()
    {
        var input = Input(Diverging(), ["market-commoditized"]);
        input.Recommendation.IncludesChecklist.Should().BeFalse();

        DiagnosticReportBuilder.Build(input).Recommendations.Checklist.Should().BeEmpty();
    }

    [Fact]
    public void Build_Trend_NeedsTwoRoundsWithFigures()
    {
        var one = DiagnosticReportBuilder.Build(Input(Diverging(), trend:
        [
            new TrendPoint("Round 1", new DateOnly(2025, 6, 1), null, null),
            new TrendPoint("Round 2", new DateOnly(2026, 2, 27), 45m, 61m),
        ]));
        var two = DiagnosticReportBuilder.Build(Input(Diverging(), trend:
        [
            new TrendPoint("Round 1", new DateOnly(2025, 6, 1), 41m, null),
            new TrendPoint("Round 2", new DateOnly(2026, 2, 27), 45m, 61m),
        ]));

        one.Charts.Trend.Should().BeNull();
        two.Charts.Trend!.Rounds.Select(r => r.Label).Should().Equal("Round 1", "Round 2");
    }

    [Fact]
    public void Build_Appendix_StatesTheAnonymityMinimumAndNothingWithheld()
    {
        var report = DiagnosticReportBuilder.Build(Input(Diverging(minimumGroupSize: 4)));

        report.Appendix.MethodParagraphs.Should().Contain(p => p.Contains("fewer than 4 responses", StringComparison.Ordinal));
        report.Appendix.MethodParagraphs.Should().Contain(p => p.Contains("20–39 Undefined, 40–59 Defined, 60–79 Aligned, 80–100 Integrated", StringComparison.Ordinal));
        report.Appendix.Withheld.Should().BeEmpty();
    }

    [Fact]
    public void Build_NoResponses_SaysSoInsteadOfWithholding()
    {
        var results = AssessmentResults.Compute(Domain.Scoring.ResponseCounts.Empty, Domain.Scoring.ResponseCounts.Empty, AnonymityRule.Default);

        var report = DiagnosticReportBuilder.Build(Input(results));

        report.Summary.Departments.Should().OnlyContain(d => d.IsWithheld && d.WithheldReason == "No responses yet.");
        report.Charts.Distribution.Should().BeNull();
        report.Appendix.Withheld.Should().BeEmpty();
    }

    [Fact]
    public void Build_PaperSizeAndCulture_AreCarriedOver()
    {
        var report = DiagnosticReportBuilder.Build(Input(Diverging()) with { PaperSize = PaperSize.Letter });

        report.PaperSize.Should().Be(PaperSize.Letter);
        report.CultureName.Should().Be("en-GB");
    }
}
