using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Domain.Scoring;

/// <summary>One respondent's complete, valid answers: exactly 20, each a whole number 1-5.</summary>
public sealed class SurveyAnswers : IEquatable<SurveyAnswers>
{
    private readonly byte[] _answers;

    private SurveyAnswers(byte[] answers)
    {
        _answers = answers;
        Total = answers.Sum(a => a);
    }

    /// <summary>Sum of the answers, 20-100.</summary>
    public int Total { get; }

    public AlignmentLevel Level => ScoringKey.LevelOfTotal(Total);

    /// <summary>Answers in statement order (index 0 is statement 1).</summary>
    public IReadOnlyList<int> Values => Array.ConvertAll(_answers, a => (int)a);

    /// <summary>The answer to statement <paramref name="statementNumber"/> (1-20).</summary>
    public int this[int statementNumber] => _answers[Questionnaire.Get(statementNumber).Number - 1];

    /// <summary>Checks every answer and reports all problems at once, so a form can mark each one.</summary>
    public static IReadOnlyList<AnswerError> Validate(IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != Questionnaire.StatementCount)
        {
            return [new AnswerError(AnswerErrorKind.WrongCount, null, answers.Count)];
        }

        var errors = new List<AnswerError>();
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (answer is null)
            {
                errors.Add(new AnswerError(AnswerErrorKind.Missing, i + 1, null));
            }
            else if (!AnswerScale.IsValid(answer.Value))
            {
                errors.Add(new AnswerError(AnswerErrorKind.OutOfRange, i + 1, answer.Value));
            }
        }

        return errors;
    }

    public static bool TryCreate(IReadOnlyList<int?> answers, out SurveyAnswers? result, out IReadOnlyList<AnswerError> errors)
    {
        errors = Validate(answers);
        result = errors.Count == 0 ? new SurveyAnswers(answers.Select(a => (byte)a!.Value).ToArray()) : null;
        return result is not null;
    }

    /// <exception cref="InvalidAnswersException">When any answer is missing or out of range, or there are not 20.</exception>
    public static SurveyAnswers Create(IReadOnlyList<int?> answers) =>
        TryCreate(answers, out var result, out var errors) ? result! : throw new InvalidAnswersException(errors);

    public static SurveyAnswers Create(params int[] answers) => Create(answers.Select(a => (int?)a).ToArray());

    public bool Equals(SurveyAnswers? other) => other is not null && _answers.AsSpan().SequenceEqual(other._answers);

    public override bool Equals(object? obj) => Equals(obj as SurveyAnswers);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_answers);
        return hash.ToHashCode();
    }
}
