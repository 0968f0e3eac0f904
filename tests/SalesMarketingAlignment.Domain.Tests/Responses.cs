using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests;

/// <summary>Builds valid responses with chosen totals for tests.</summary>
internal static class Responses
{
    /// <summary>Answers with the given total (20-100): the extra points above 20 fill statements from 1 upwards.</summary>
    public static SurveyAnswers WithTotal(int total)
    {
        var answers = new int[20];
        var extra = total - 20;
        for (var i = 0; i < 20; i++)
        {
            var add = Math.Min(4, extra);
            answers[i] = 1 + add;
            extra -= add;
        }

        return SurveyAnswers.Create(answers);
    }

    public static SurveyAnswers AllAnswered(int value) => SurveyAnswers.Create(Enumerable.Repeat(value, 20).ToArray());

    public static ResponseCounts Totals(params int[] totals) => ResponseCounts.FromAnswers(totals.Select(WithTotal));

    /// <summary>Answers where every statement gets <paramref name="value"/> except the given overrides.</summary>
    public static SurveyAnswers With(int value, params (int Statement, int Answer)[] overrides)
    {
        var answers = Enumerable.Repeat(value, 20).ToArray();
        foreach (var (statement, answer) in overrides)
        {
            answers[statement - 1] = answer;
        }

        return SurveyAnswers.Create(answers);
    }
}
