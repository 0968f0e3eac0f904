using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Results;

/// <summary>
/// The aggregate form of one assessment's responses per (department, role), as the database hands it over: a histogram
/// of totals and the answer counts per statement. Every figure the app shows is computed from this, never from rows.
/// </summary>
public sealed class AssessmentCounts
{
    private readonly IReadOnlyDictionary<(Department, RespondentRole), ResponseCounts> _groups;

    public AssessmentCounts(IReadOnlyDictionary<(Department, RespondentRole), ResponseCounts> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groups = groups;
    }

    public ResponseCounts For(Department department, RespondentRole role) =>
        _groups.TryGetValue((department, role), out var counts) ? counts : ResponseCounts.Empty;

    public ResponseCounts For(Department department) =>
        For(department, RespondentRole.Head).Combine(For(department, RespondentRole.Staff));

    /// <summary>Builds the per-group counts from the database's grouped rows.</summary>
    public static AssessmentCounts FromRows(IEnumerable<Responses.TotalCount> totals, IEnumerable<Responses.AnswerCount> answers)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(answers);

        var histograms = new Dictionary<(Department, RespondentRole), long[]>();
        var answerCounts = new Dictionary<(Department, RespondentRole), long[][]>();
        foreach (var row in totals)
        {
            Histogram(histograms, (row.Department, row.Role))[row.Total - ScoringKey.MinimumTotal] += row.Count;
        }

        foreach (var row in answers)
        {
            var key = (row.Department, row.Role);
            if (!answerCounts.TryGetValue(key, out var perStatement))
            {
                perStatement = Enumerable.Range(0, Questionnaire.StatementCount).Select(_ => new long[AnswerScale.PointCount]).ToArray();
                answerCounts[key] = perStatement;
            }

            perStatement[row.Statement - 1][row.Answer - AnswerScale.Minimum] += row.Count;
        }

        var groups = new Dictionary<(Department, RespondentRole), ResponseCounts>();
        foreach (var (key, histogram) in histograms)
        {
            // FromCounts checks that the two aggregates agree, so a torn read would fail loudly, not skew figures.
            var perStatement = answerCounts.TryGetValue(key, out var a)
                ? a
                : Enumerable.Range(0, Questionnaire.StatementCount).Select(_ => new long[AnswerScale.PointCount]).ToArray();
            groups[key] = ResponseCounts.FromCounts(histogram, perStatement);
        }

        return new AssessmentCounts(groups);
    }

    private static long[] Histogram(Dictionary<(Department, RespondentRole), long[]> histograms, (Department, RespondentRole) key)
    {
        if (!histograms.TryGetValue(key, out var histogram))
        {
            histogram = new long[ScoringKey.TotalCount];
            histograms[key] = histogram;
        }

        return histogram;
    }
}
