using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// A test-only language in which every text that comes from a catalogue is its English text with each ASCII letter swapped for an accented one ("Sign in" reads "Šîĝñ îñ"), as
/// classic pseudo-localization does: an ASCII word left on a page did not come from the catalogue. The web localizer
/// marks a text only when it has a Russian and a Dutch translation, so a key missing from either stays plain and is
/// found as well. Registered only in a test host (<see cref="Register"/>), where every request is in this language.
/// Its culture is English (World), en-001: the report model takes only cultures .NET knows (so not qps-Ploc), and no
/// request outside the test host can ask for it (the app offers en, ru and nl).
/// </summary>
public static partial class PseudoLanguage
{
    public const string CultureName = "en-001";

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Marked = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    private static readonly string[] TranslatedInto = ["ru", "nl"];

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(CultureName);

    static PseudoLanguage() => TextCatalogue.AddPseudoLanguage(CultureName, Mark);

    /// <summary>
    /// The text with each ASCII letter accented, except inside format placeholders ({0}, {1:N1}), HTML tags and entities
    /// (&amp;nbsp;), which have to keep working.
    /// </summary>
    public static string Mark(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Untouchable().Replace(text, m => m.Groups["plain"].Success ? Accent(m.Value) : m.Value);

        static string Accent(string plain)
        {
            var builder = new StringBuilder(plain.Length);
            foreach (var c in plain)
            {
                var at = Plain.IndexOf(c, StringComparison.Ordinal);
                builder.Append(at < 0 ? c : Marked[at]);
            }

            return builder.ToString();
        }
    }

    /// <summary>Runs of ASCII letters that no catalogue marked (words of two letters or more).</summary>
    public static string[] UnmarkedWords(string text) =>
        UnmarkedWord().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The pseudo-language in this app: the catalogues and the web localizer (pages, validation and model-binding
    /// messages, ProblemDetails) mark their texts, and every request is answered in it (English number and date formats).
    /// </summary>
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var original = services.Single(d => d.ServiceType == typeof(IStringLocalizerFactory));
        services.Remove(original);
        services.AddSingleton<IStringLocalizerFactory>(sp =>
            new MarkingLocalizerFactory((IStringLocalizerFactory)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
        services.PostConfigure<RequestLocalizationOptions>(options =>
        {
            options.SupportedUICultures = [.. options.SupportedUICultures!, Culture];
            options.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(_ =>
                Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult("en", CultureName))));
        });
    }

    [GeneratedRegex(@"\{[^{}]*\}|<[^<>]*>|&[#A-Za-z0-9]+;|(?<plain>[^{}<&]+|[{}<&])")]
    private static partial Regex Untouchable();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][A-Za-z]+")]
    private static partial Regex UnmarkedWord();

    private sealed class MarkingLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new MarkingLocalizer(inner.Create(resourceSource));

        public IStringLocalizer Create(string baseName, string location) => new MarkingLocalizer(inner.Create(baseName, location));
    }

    private sealed class MarkingLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Marked(name, inner[name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                if (CultureInfo.CurrentUICulture.Name != CultureName)
                {
                    return inner[name, arguments];
                }

                // Format the marked template, so that the arguments (user data, numbers) stay as they are.
                var template = Marked(name, inner[name]);
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound, template.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Marked(string name, LocalizedString text) =>
            CultureInfo.CurrentUICulture.Name == CultureName && IsTranslated(name)
                ? new LocalizedString(name, Mark(text.Value), resourceNotFound: false, text.SearchedLocation)
                : text;

        private bool IsTranslated(string name)
        {
            var current = CultureInfo.CurrentUICulture;
            try
            {
                foreach (var language in TranslatedInto)
                {
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                    if (inner[name].ResourceNotFound)
                    {
                        return false;
                    }
                }

                return true;
            }
            finally
            {
                CultureInfo.CurrentUICulture = current;
            }
        }
    }
}
