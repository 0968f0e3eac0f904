using System.Globalization;
using System.Resources;

namespace SalesMarketingAlignment.Domain.Results;

/// <summary>Reads result wording (reasons for withholding) from ResultTexts.resx and its translations.</summary>
public static class ResultTexts
{
    private static readonly ResourceManager Resources =
        new("SalesMarketingAlignment.Domain.Results.ResultTexts", typeof(ResultTexts).Assembly);

    public static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new KeyNotFoundException($"No result text with key '{key}'.");

    internal static string Format(string key, CultureInfo? culture, params object[] args)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return string.Format(c, Get(key, c), args);
    }
}
