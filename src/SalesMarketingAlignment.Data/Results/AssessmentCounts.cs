using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Results;

/// <summary>
/// The aggregate form of one assessment's responses per (department, role), as the database hands it over: a histogram
/// of totals and the answer counts per statement. Every figure the app shows is computed from this, never from rows.
/// It is read from the running tallies, so it costs the same at 100 or 1,000,000 responses.
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

    /// <summary>Builds the per-group counts from one assessment's tally rows (see <see cref="ResponseTally"/>).</summary>
    public static AssessmentCounts FromTallies(IEnumerable<ResponseTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);

        var histograms = new Dictionary<(Department, RespondentRole), long[]>();
        var answerCounts = new Dictionary<(Department, RespondentRole), long[][]>();
        foreach (var tally in tallies)
        {
            var key = (tally.Department, tally.Role);
            if (tally.Item == ResponseTally.TotalItem)
            {
                Histogram(histograms, key)[tally.Value - ScoringKey.MinimumTotal] += tally.Count;
            }
            else
            {
                if (!answerCounts.TryGetValue(key, out var perStatement))
                {
                    perStatement = NoAnswers();
                    answerCounts[key] = perStatement;
                }

                perStatement[tally.Item - 1][tally.Value - AnswerScale.Minimum] += tally.Count;
            }
        }

        var groups = new Dictionary<(Department, RespondentRole), ResponseCounts>();
        foreach (var (key, histogram) in histograms)
        {
            // FromCounts checks that the two aggregates agree, so tallies out of step with each other fail loudly
            // instead of skewing figures.
            groups[key] = ResponseCounts.FromCounts(histogram, answerCounts.TryGetValue(key, out var a) ? a : NoAnswers());
        }

        if (answerCounts.Keys.Any(key => !histograms.ContainsKey(key)))
        {
            throw new InvalidOperationException("Answer tallies exist for a group without tallies of totals; the tallies are inconsistent.");
        }

        return new AssessmentCounts(groups);
    }

    private static long[][] NoAnswers() =>
        Enumerable.Range(0, Questionnaire.StatementCount).Select(_ => new long[AnswerScale.PointCount]).ToArray();

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
