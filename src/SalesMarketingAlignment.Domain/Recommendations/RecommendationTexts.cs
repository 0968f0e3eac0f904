using System.Globalization;
using System.Resources;

namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>Reads recommendation wording from RecommendationTexts.resx and its translations.</summary>
public static class RecommendationTexts
{
    private static readonly ResourceManager Resources =
        new("SalesMarketingAlignment.Domain.Recommendations.RecommendationTexts", typeof(RecommendationTexts).Assembly);

    public static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new KeyNotFoundException($"No recommendation text with key '{key}'.");

    internal static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>The English (or translated) name of a level.</summary>
    public static string LevelName(AlignmentLevel level, CultureInfo? culture = null) => Get("Level." + level, culture);
}
