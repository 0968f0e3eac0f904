using System.Globalization;
using System.Resources;

namespace SalesMarketingAlignment.Domain.Instrument;

/// <summary>Reads the instrument's wording from InstrumentTexts.resx and its translations (InstrumentTexts.ru.resx, ...).</summary>
public static class InstrumentTexts
{
    private static readonly ResourceManager Resources =
        new("SalesMarketingAlignment.Domain.Instrument.InstrumentTexts", typeof(InstrumentTexts).Assembly);

    public static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new KeyNotFoundException($"No instrument text with key '{key}'.");
}
