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

    // Empty in production: only a test host registers pseudo-languages (AddPseudoLanguage).
    private static volatile PseudoLanguage[] s_pseudoLanguages = [];
    private static readonly Lock s_pseudoLanguagesLock = new();

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
    public string Get(string key, CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        var text = _resources.GetString(key, c) ?? throw new KeyNotFoundException($"No text with key '{key}' in {_name}.");
        foreach (var pseudo in s_pseudoLanguages)
        {
            if (pseudo.CultureName == c.Name)
            {
                return pseudo.Mark(text);
            }
        }

        return text;
    }

    public string Format(string key, CultureInfo? culture, params object?[] args)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return string.Format(c, Get(key, c), args);
    }

    /// <summary>
    /// For test hosts: under the culture named <paramref name="cultureName"/> every catalogue text is its neutral
    /// (English) text passed through <paramref name="mark"/>, which must keep format placeholders. A pseudo-language
    /// test then tells text that came from a catalogue from text that bypassed it (decision 0012).
    /// </summary>
    public static void AddPseudoLanguage(string cultureName, Func<string, string> mark)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cultureName);
        ArgumentNullException.ThrowIfNull(mark);
        lock (s_pseudoLanguagesLock)
        {
            s_pseudoLanguages = [.. s_pseudoLanguages.Where(p => p.CultureName != cultureName), new PseudoLanguage(cultureName, mark)];
        }
    }

    private sealed record PseudoLanguage(string CultureName, Func<string, string> Mark);
}
