using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace SalesMarketingAlignment.Web.Features.Reports;

/// <summary>
/// The download's file name: alignment-report-{organization}-{title}-{yyyy-MM-dd}.pdf, so that every round of an
/// organization gets its own file. The date is the closing date, else the creation date. Two spellings of one name:
/// <see cref="Unicode"/> keeps letters of every script (sent as filename*), <see cref="Ascii"/> transliterates them
/// (sent as filename, for clients that do not read filename*). Both hold only lower-case letters, digits and hyphens,
/// so no OS sees a path character, and stay under 255 bytes in UTF-8 (the usual file-name limit).
/// </summary>
public sealed record ReportFileName(string Unicode, string Ascii)
{
    private const int MaximumOrganizationLength = 40;
    private const int MaximumTitleLength = 60;

    public static ReportFileName For(string organizationName, string assessmentTitle, DateOnly? closedOn, DateOnly createdOn)
    {
        var date = (closedOn ?? createdOn).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Name(bool ascii) =>
            $"alignment-report-{Slug(organizationName, ascii, MaximumOrganizationLength, "organization")}-{Slug(assessmentTitle, ascii, MaximumTitleLength, "assessment")}-{date}.pdf";
        return new ReportFileName(Name(ascii: false), Name(ascii: true));
    }

    /// <summary>attachment; filename="ascii"; filename*=UTF-8''unicode (RFC 6266).</summary>
    public string ContentDisposition() =>
        new ContentDispositionHeaderValue("attachment") { FileName = Ascii, FileNameStar = Unicode }.ToString();

    /// <summary>
    /// Lower-case letters and digits joined by single hyphens; everything else (spaces, punctuation, / \ : * ? " &lt; &gt; |)
    /// separates words. With <paramref name="ascii"/> accents are dropped ("Café Müller" → "cafe-muller") and Cyrillic is
    /// transliterated ("Отдел продаж" → "otdel-prodazh"); without it letters of any script stay (NFC). A name with
    /// nothing left becomes <paramref name="fallback"/>.
    /// </summary>
    public static string Slug(string? name, bool ascii, int maximumLength, string fallback)
    {
        var builder = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in (name ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            var letters = Letters(char.ToLowerInvariant(c), ascii);
            if (letters is null)
            {
                pendingHyphen = true;
                continue;
            }

            if (letters.Length == 0)
            {
                continue;
            }

            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(letters);
            pendingHyphen = false;
        }

        var slug = builder.Length > maximumLength ? builder.ToString(0, maximumLength).TrimEnd('-') : builder.ToString();
        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>
    /// What one lower-case character contributes to a slug: itself, its transliteration, nothing (a hard or soft
    /// sign) or null (a separator).
    /// </summary>
    private static string? Letters(char c, bool ascii)
    {
        if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            return c.ToString();
        }

        if (char.IsSurrogate(c))
        {
            // Emoji and rare scripts: a half of a pair is no letter, and normalizing it alone would throw.
            return null;
        }

        if (!ascii)
        {
            return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? c.ToString() : null;
        }

        if (Transliteration.TryGetValue(c, out var latin))
        {
            return latin;
        }

        // The table first, because decomposing would turn "й" into "и" plus a breve; then accents drop ("é" → "e").
        var baseLetters = new string(c.ToString().Normalize(NormalizationForm.FormD).Where(b => b is (>= 'a' and <= 'z') or (>= '0' and <= '9')).ToArray());
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? ""
            : baseLetters.Length > 0 ? baseLetters : null;
    }

    /// <summary>Russian (BGN/PCGN-like, without diacritics) plus the Latin letters that FormD does not split.</summary>
    private static readonly Dictionary<char, string> Transliteration = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "e",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "y",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "yu",
        ['я'] = "ya",
        ['і'] = "i",
        ['ї'] = "i",
        ['є'] = "e",
        ['ґ'] = "g",
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['ø'] = "o",
        ['œ'] = "oe",
        ['ł'] = "l",
        ['đ'] = "d",
        ['þ'] = "th",
        ['ı'] = "i",
    };
}
