using System.Globalization;

using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Instrument;

/// <summary>One of the 20 statements of "How Well Do Sales and Marketing Work Together?".</summary>
/// <remarks>The number is the identity; the wording lives in resources so translations can sit beside it.</remarks>
public sealed record Statement
{
    internal Statement(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Questionnaire.StatementCount);
        Number = number;
    }

    public int Number { get; }

    /// <summary>Resource key of the wording, e.g. "Statement07".</summary>
    public string ResourceKey => string.Create(CultureInfo.InvariantCulture, $"Statement{Number:00}");

    /// <summary>The wording in the given culture (current UI culture when null), English when no translation exists.</summary>
    public string Text(CultureInfo? culture = null) => TextCatalogue.Instrument.Get(ResourceKey, culture);
}
