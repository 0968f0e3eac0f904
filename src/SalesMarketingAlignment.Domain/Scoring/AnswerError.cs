namespace SalesMarketingAlignment.Domain.Scoring;

public enum AnswerErrorKind
{
    /// <summary>Not exactly 20 answers.</summary>
    WrongCount = 1,

    /// <summary>A statement was left unanswered.</summary>
    Missing = 2,

    /// <summary>An answer outside 1-5.</summary>
    OutOfRange = 3,
}

/// <summary>What is wrong with a submitted set of answers, naming the statement and the bad value.</summary>
/// <param name="StatementNumber">1-20; null for <see cref="AnswerErrorKind.WrongCount"/>.</param>
/// <param name="Value">The offending value: the count for WrongCount, the answer for OutOfRange, null for Missing.</param>
public sealed record AnswerError(AnswerErrorKind Kind, int? StatementNumber, int? Value)
{
    /// <summary>An English explanation for logs and API clients; screens localize from Kind and the numbers.</summary>
    public string Message => Kind switch
    {
        AnswerErrorKind.WrongCount => $"Expected exactly 20 answers but got {Value}.",
        AnswerErrorKind.Missing => $"Statement {StatementNumber} has no answer.",
        AnswerErrorKind.OutOfRange => $"Statement {StatementNumber} has the answer {Value}; answers are whole numbers from 1 to 5.",
        _ => Kind.ToString(),
    };
}

/// <summary>Thrown by <see cref="SurveyAnswers.Create"/> for an invalid set of answers.</summary>
public sealed class InvalidAnswersException(IReadOnlyList<AnswerError> errors)
    : ArgumentException(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<AnswerError> Errors { get; } = errors;
}
