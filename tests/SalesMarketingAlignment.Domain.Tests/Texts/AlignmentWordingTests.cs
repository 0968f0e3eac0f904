using System.Globalization;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Tests.Texts;

public class AlignmentWordingTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    // Marketing 4 x 70-ish, Sales 4 x 40-ish: a large gap, Marketing higher, very unlikely to be chance.
    private static AssessmentResults MarketingFarHigher() =>
        AssessmentResults.Compute(Responses.Totals(40, 41, 40, 41), Responses.Totals(70, 71, 70, 71), AnonymityRule.Default);

    [Fact]
    public void GapSentence_MarketingHigher_NamesTheHigherDepartmentFirstWithBothLevels()
    {
        AlignmentWording.GapSentence(MarketingFarHigher(), English, withDivergent: false)
            .Should().Be("Marketing rates the relationship 30.0 points higher than Sales (70.5 against 40.5 out of 100). Sales sees it as Defined, Marketing as Aligned.");
    }

    [Fact]
    public void SignificanceSentence_LargeSignificantGap_SaysInPlainWordsThenGivesTheFigures()
    {
        var sentence = AlignmentWording.SignificanceSentence(MarketingFarHigher(), English);

        sentence.Should().StartWith("A gap this large is very unlikely to be chance. In practical terms the difference is large.")
            .And.Contain("p < 0.001")
            .And.Contain("Hedges' g = \u2212", "Sales rates lower, so g is negative and written with a true minus sign");
    }

    [Theory]
    [InlineData(0.0004, "p < 0.001")]
    [InlineData(0.0123, "p = 0.012")]
    [InlineData(0.5, "p = 0.500")]
    public void PValue_English_ThreeDecimalsOrBelowTheBound(double p, string expected) =>
        AlignmentWording.PValue(p, English).Should().Be(expected);

    [Fact]
    public void PValue_Russian_UsesTheDecimalComma() =>
        AlignmentWording.PValue(0.0123, Russian).Should().Be("p = 0,012");

    [Theory]
    [InlineData(0.1, "negligible")]
    [InlineData(-0.3, "small")]
    [InlineData(0.6, "considerable")]
    [InlineData(-1.2, "large")]
    public void EffectSize_UsesCohensBandsOnTheAbsoluteValue(double g, string word) =>
        AlignmentWording.EffectSize(g, English).Should().EndWith(word + ".");

    [Fact]
    public void WithheldReason_BothDepartmentsShort_NamesBothInEachLanguage()
    {
        var results = AssessmentResults.Compute(Responses.Totals(60), Responses.Totals(40, 41), AnonymityRule.Default);
        var overall = results.Withheld.Single(w => w.Item == WithheldItem.Overall);

        AlignmentWording.WithheldReason(overall, English).Should().Contain("Sales and Marketing");
        AlignmentWording.WithheldReason(overall, Russian).Should().Contain("Продажи и Маркетинг");
        AlignmentWording.WithheldReason(overall, Dutch).Should().Contain("Sales en Marketing");
    }

    [Fact]
    public void Reasons_MoreThanThreeConditionsHold_ListsOnlyThree()
    {
        // Defined has four reasons to tighten (docs/method.md).
        var results = AssessmentResults.Compute(Responses.Totals(50, 50, 50), Responses.Totals(50, 50, 50), AnonymityRule.Default);
        var tighten = AlignmentConditions.ForLevel(AlignmentLevel.Defined).Where(c => c.Kind == ConditionKind.Tighten).Select(c => c.Id).ToArray();
        var recommendation = RecommendationEngine.Recommend(results, tighten);

        recommendation.Reasons.Should().HaveCountGreaterThan(AlignmentWording.MaxReasons, "the sample needs more reasons than are listed");
        AlignmentWording.Reasons(recommendation, English).Should().HaveCount(AlignmentWording.MaxReasons);
    }

    [Fact]
    public void DecisionLine_EveryDecisionInEveryLanguage_IsOneSentence()
    {
        var recommendations = new[]
        {
            RecommendationEngine.Recommend(MarketingFarHigher(), []),
            RecommendationEngine.Recommend(MarketingFarHigher(), ["conflicts-evident"]),
            RecommendationEngine.Recommend(AssessmentResults.Compute(Domain.Scoring.ResponseCounts.Empty, Domain.Scoring.ResponseCounts.Empty, AnonymityRule.Default), []),
        };
        foreach (var culture in new[] { English, Russian, Dutch })
        {
            foreach (var recommendation in recommendations)
            {
                var line = AlignmentWording.DecisionLine(recommendation, culture);
                line.Should().EndWith(".").And.NotContain("{").And.NotContain("\n");
                line.Count(c => c == '.').Should().Be(1, "'{0}' is one sentence", line);
            }
        }
    }
}
