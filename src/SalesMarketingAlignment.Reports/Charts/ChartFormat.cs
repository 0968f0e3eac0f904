using System.Globalization;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>
/// Number formats shared by charts, tables and alt texts: means with one decimal, gaps with a sign. The rounding is
/// the domain's (<see cref="ScoringKey.Round"/>), so a figure here is the one the level was read from.
/// </summary>
public static class ChartFormat
{
    public static string Mean(decimal value, CultureInfo culture) => ScoringKey.Format(value, culture);

    public static string Gap(decimal value, CultureInfo culture)
    {
        var rounded = ScoringKey.Round(value);
        var text = ScoringKey.Format(Math.Abs(rounded), culture);
        // A true minus sign reads better than a hyphen in print.
        return rounded switch
        {
            > 0 => "+" + text,
            < 0 => "\u2212" + text,
            _ => text,
        };
    }

    /// <summary>
    /// The culture's long date without the weekday: "6 mei 2026", "6 мая 2026 г."; English always day first,
    /// "6 May 2026", whichever English culture is passed, so that no reader takes 5/6 for 6 May or 5 June.
    /// </summary>
    public static string Date(DateOnly date, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (culture.TwoLetterISOLanguageName == "en")
        {
            return date.ToString("d MMMM yyyy", culture);
        }

        var pattern = culture.DateTimeFormat.LongDatePattern
            .Replace("dddd, ", string.Empty, StringComparison.Ordinal)
            .Replace("dddd ", string.Empty, StringComparison.Ordinal)
            .Replace(", dddd", string.Empty, StringComparison.Ordinal)
            .Replace("dddd", string.Empty, StringComparison.Ordinal)
            .Trim();
        return date.ToString(pattern, culture);
    }
}
