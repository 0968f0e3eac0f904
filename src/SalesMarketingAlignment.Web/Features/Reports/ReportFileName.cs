using System.Globalization;
using System.Text;

namespace SalesMarketingAlignment.Web.Features.Reports;

/// <summary>The download's file name: alignment-report-{organization}-{yyyy-MM-dd}.pdf, in plain ASCII.</summary>
public static class ReportFileName
{
    private const int MaximumSlugLength = 60;

    public static string For(string organizationName, DateOnly date) =>
        $"alignment-report-{Slug(organizationName)}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";

    /// <summary>
    /// Lower-case letters and digits joined by single hyphens; accents are dropped ("Café Müller" → "cafe-muller"),
    /// other scripts disappear, and a name with nothing left becomes "organization".
    /// </summary>
    public static string Slug(string? name)
    {
        var builder = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in (name ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.Length > MaximumSlugLength ? builder.ToString(0, MaximumSlugLength).TrimEnd('-') : builder.ToString();
        return slug.Length == 0 ? "organization" : slug;
    }
}
