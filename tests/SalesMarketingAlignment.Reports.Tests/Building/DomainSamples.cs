using System.Globalization;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Reports.Tests.Building;

/// <summary>Domain results computed from generated answers, and the builder's input around them.</summary>
internal static class DomainSamples
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Answers around <paramref name="centre"/> (1-5), varied per respondent and statement so the groups have spread.</summary>
    public static ResponseCounts Answers(int respondents, int centre) =>
        ResponseCounts.FromAnswers(Enumerable.Range(0, respondents).Select(r =>
            SurveyAnswers.Create(Enumerable.Range(1, 20)
                .Select(s => Math.Clamp(centre + ((s + r) % 3) - 1 + (s <= r ? 1 : 0), 1, 5))
                .ToArray())));

    /// <summary>Sales around 2-3 (Defined), Marketing around 3 (Aligned): the levels differ.</summary>
    public static AssessmentResults Diverging(int salesRespondents = 6, int marketingRespondents = 5, int minimumGroupSize = 3) =>
        AssessmentResults.Compute(Answers(salesRespondents, 2), Answers(marketingRespondents, 3), new AnonymityRule(minimumGroupSize));

    public static ReportInput Input(AssessmentResults results, IEnumerable<string>? conditions = null, IReadOnlyDictionary<string, TaskTick>? ticks = null, IReadOnlyList<TrendPoint>? trend = null)
    {
        var held = (conditions ?? []).ToArray();
        return new ReportInput
        {
            Results = results,
            Recommendation = RecommendationEngine.Recommend(results, held),
            ConditionIdsThatHold = held,
            // A sample that names conditions that hold stands for an assessment the consultant made.
            ConditionsAssessed = held.Length > 0,
            Ticks = ticks ?? new Dictionary<string, TaskTick>(),
            Trend = trend ?? [],
            OrganizationName = "Fabrikam Tooling GmbH",
            AssessmentTitle = "Alignment check, winter 2026",
            OpenedOn = new DateOnly(2026, 1, 12),
            ClosedOn = new DateOnly(2026, 2, 27),
            PreparedBy = "Petra Lindqvist",
            PreparedOn = new DateOnly(2026, 3, 3),
            Culture = English,
            PaperSize = PaperSize.A4,
        };
    }
}
