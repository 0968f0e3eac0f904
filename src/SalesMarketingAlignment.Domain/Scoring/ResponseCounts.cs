using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Domain.Scoring;

/// <summary>
/// A group of responses in aggregate form: how many respondents reached each total (20-100) and how many gave each
/// answer (1-5) to each statement. Every group figure can be computed exactly from this, so a database can hand over
/// counts instead of rows. Immutable.
/// </summary>
public sealed class ResponseCounts
{
    private readonly long[] _totals;   // index = total - 20
    private readonly long[] _answers;  // index = (statement - 1) * 5 + (answer - 1)

    private ResponseCounts(long[] totals, long[] answers)
    {
        _totals = totals;
        _answers = answers;
        Count = totals.Sum();
    }

    public static ResponseCounts Empty { get; } =
        new(new long[ScoringKey.TotalCount], new long[Questionnaire.StatementCount * AnswerScale.PointCount]);

    /// <summary>Number of respondents.</summary>
    public long Count { get; }

    public static ResponseCounts FromAnswers(IEnumerable<SurveyAnswers> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var totals = new long[ScoringKey.TotalCount];
        var counts = new long[Questionnaire.StatementCount * AnswerScale.PointCount];
        foreach (var response in answers)
        {
            ArgumentNullException.ThrowIfNull(response, nameof(answers));
            Tally(totals, counts, response);
        }

        return new ResponseCounts(totals, counts);
    }

    /// <param name="totalHistogram">81 counts; index 0 is the total 20, index 80 the total 100.</param>
    /// <param name="answerCounts">20 lists of 5 counts: [statement - 1][answer - 1].</param>
    /// <exception cref="ArgumentException">Wrong shape, a negative count, or counts that cannot come from one set of responses.</exception>
    public static ResponseCounts FromCounts(IReadOnlyList<long> totalHistogram, IReadOnlyList<IReadOnlyList<long>> answerCounts)
    {
        ArgumentNullException.ThrowIfNull(totalHistogram);
        ArgumentNullException.ThrowIfNull(answerCounts);
        if (totalHistogram.Count != ScoringKey.TotalCount)
        {
            throw new ArgumentException(
                $"The histogram of totals needs {ScoringKey.TotalCount} counts (totals 20-100) but has {totalHistogram.Count}.",
                nameof(totalHistogram));
        }

        if (answerCounts.Count != Questionnaire.StatementCount)
        {
            throw new ArgumentException(
                $"Answer counts are needed for {Questionnaire.StatementCount} statements but {answerCounts.Count} were given.",
                nameof(answerCounts));
        }

        var totals = new long[ScoringKey.TotalCount];
        long count = 0;
        decimal sumOfTotals = 0;
        for (var i = 0; i < totals.Length; i++)
        {
            var c = totalHistogram[i];
            if (c < 0)
            {
                throw new ArgumentException($"The count of total {i + ScoringKey.MinimumTotal} is negative ({c}).", nameof(totalHistogram));
            }

            totals[i] = c;
            count = checked(count + c);
            sumOfTotals += (decimal)c * (i + ScoringKey.MinimumTotal);
        }

        var answers = new long[Questionnaire.StatementCount * AnswerScale.PointCount];
        decimal sumOfAnswers = 0;
        for (var s = 0; s < Questionnaire.StatementCount; s++)
        {
            var perAnswer = answerCounts[s]
                ?? throw new ArgumentException($"Statement {s + 1} has no answer counts.", nameof(answerCounts));
            if (perAnswer.Count != AnswerScale.PointCount)
            {
                throw new ArgumentException(
                    $"Statement {s + 1} needs {AnswerScale.PointCount} answer counts (answers 1-5) but has {perAnswer.Count}.",
                    nameof(answerCounts));
            }

            long statementCount = 0;
            for (var a = 0; a < AnswerScale.PointCount; a++)
            {
                var c = perAnswer[a];
                if (c < 0)
                {
                    throw new ArgumentException($"The count of answer {a + 1} to statement {s + 1} is negative ({c}).", nameof(answerCounts));
                }

                answers[s * AnswerScale.PointCount + a] = c;
                statementCount = checked(statementCount + c);
                sumOfAnswers += (decimal)c * (a + 1);
            }

            if (statementCount != count)
            {
                throw new ArgumentException(
                    $"Statement {s + 1} has {statementCount} answers but the histogram of totals counts {count} respondents.",
                    nameof(answerCounts));
            }
        }

        // Every respondent's total is the sum of their answers, so the two grand sums must agree.
        if (sumOfAnswers != sumOfTotals)
        {
            throw new ArgumentException(
                $"The answers add up to {sumOfAnswers} but the totals add up to {sumOfTotals}; the counts do not describe one set of responses.",
                nameof(answerCounts));
        }

        return new ResponseCounts(totals, answers);
    }

    /// <summary>The 81 counts of totals, index 0 being the total 20: the form <see cref="FromCounts"/> takes.</summary>
    public IReadOnlyList<long> TotalHistogram => Array.AsReadOnly(_totals);

    /// <summary>The answer counts, [statement - 1][answer - 1]: the form <see cref="FromCounts"/> takes.</summary>
    public IReadOnlyList<IReadOnlyList<long>> AnswerCounts =>
        Enumerable.Range(0, Questionnaire.StatementCount)
            .Select(s => (IReadOnlyList<long>)Array.AsReadOnly(_answers[(s * AnswerScale.PointCount)..((s + 1) * AnswerScale.PointCount)]))
            .ToArray();

    /// <summary>How many respondents have the total <paramref name="total"/> (20-100).</summary>
    public long CountOfTotal(int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, ScoringKey.MinimumTotal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(total, ScoringKey.MaximumTotal);
        return _totals[total - ScoringKey.MinimumTotal];
    }

    /// <summary>How many respondents gave <paramref name="answer"/> (1-5) to statement <paramref name="statementNumber"/> (1-20).</summary>
    public long CountOfAnswer(int statementNumber, int answer)
    {
        var statement = Questionnaire.Get(statementNumber);
        ArgumentOutOfRangeException.ThrowIfLessThan(answer, AnswerScale.Minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answer, AnswerScale.Maximum);
        return _answers[(statement.Number - 1) * AnswerScale.PointCount + answer - 1];
    }

    public ResponseCounts Add(SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var totals = (long[])_totals.Clone();
        var counts = (long[])_answers.Clone();
        Tally(totals, counts, answers);
        return new ResponseCounts(totals, counts);
    }

    public ResponseCounts Combine(ResponseCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var totals = new long[_totals.Length];
        for (var i = 0; i < totals.Length; i++)
        {
            totals[i] = checked(_totals[i] + other._totals[i]);
        }

        var counts = new long[_answers.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = checked(_answers[i] + other._answers[i]);
        }

        return new ResponseCounts(totals, counts);
    }

    private static void Tally(long[] totals, long[] counts, SurveyAnswers response)
    {
        totals[response.Total - ScoringKey.MinimumTotal]++;
        var values = response.Values;
        for (var s = 0; s < values.Count; s++)
        {
            counts[s * AnswerScale.PointCount + values[s] - 1]++;
        }
    }
}
