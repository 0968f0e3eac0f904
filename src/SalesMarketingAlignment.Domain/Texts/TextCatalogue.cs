using System.Globalization;
using System.Resources;

namespace SalesMarketingAlignment.Domain.Texts;

/// <summary>
/// The one wrapper over a .resx family (the neutral English file and its ru and nl siblings): every project reads its
/// wording through an instance of this class, so lookup, fallback and the missing-key error behave the same everywhere.
/// </summary>
public sealed class TextCatalogue
{
    private readonly ResourceManager _resources;
    private readonly string _name;

    /// <param name="baseName">The resource's manifest name without culture and extension, e.g. "SalesMarketingAlignment.Domain.Instrument.InstrumentTexts".</param>
    public TextCatalogue(string baseName, System.Reflection.Assembly assembly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseName);
        _resources = new ResourceManager(baseName, assembly);
        _name = baseName[(baseName.LastIndexOf('.') + 1)..];
    }

    /// <summary>The instrument: statements, instruction, scale, level names and summaries, department and role names.</summary>
    public static TextCatalogue Instrument { get; } =
        new("SalesMarketingAlignment.Domain.Instrument.InstrumentTexts", typeof(TextCatalogue).Assembly);

    /// <summary>The article's catalogues: conditions, Moving Up actions, the Integration Checklist.</summary>
    public static TextCatalogue Recommendations { get; } =
        new("SalesMarketingAlignment.Domain.Recommendations.RecommendationTexts", typeof(TextCatalogue).Assembly);

    /// <summary>The sentences <see cref="AlignmentWording"/> builds: decisions, gaps, significance, withheld reasons, advice.</summary>
    public static TextCatalogue Wording { get; } =
        new("SalesMarketingAlignment.Domain.Texts.WordingTexts", typeof(TextCatalogue).Assembly);

    /// <param name="culture">The current UI culture when null.</param>
    /// <exception cref="KeyNotFoundException">No text with this key in the neutral file.</exception>
    public string Get(string key, CultureInfo? culture = null) =>
        _resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new KeyNotFoundException($"No text with key '{key}' in {_name}.");

    public string Format(string key, CultureInfo? culture, params object?[] args)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return string.Format(c, Get(key, c), args);
    }
}
