using System.Globalization;

using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Instrument;

/// <summary>The instrument: 20 statements, each answered on a 1-5 agreement scale.</summary>
public static class Questionnaire
{
    public const int StatementCount = 20;

    public static IReadOnlyList<Statement> Statements { get; } =
        Enumerable.Range(1, StatementCount).Select(n => new Statement(n)).ToArray();

    public static Statement Get(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, StatementCount);
        return Statements[number - 1];
    }

    /// <summary>The instruction printed above the statements in the exhibit.</summary>
    public static string Instruction(CultureInfo? culture = null) => TextCatalogue.Instrument.Get("Instruction", culture);
}
