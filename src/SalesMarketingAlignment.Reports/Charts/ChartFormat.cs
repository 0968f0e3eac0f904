using System.Globalization;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>Number formats shared by charts, tables and alt texts: means with one decimal, gaps with a sign.</summary>
public static class ChartFormat
{
    public static string Mean(decimal value, CultureInfo culture) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", culture);

    public static string Gap(decimal value, CultureInfo culture)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("0.0", culture);
        // A true minus sign reads better than a hyphen in print.
        return rounded switch
        {
            > 0 => "+" + text,
            < 0 => "\u2212" + text,
            _ => text,
        };
    }

    /// <summary>The culture's long date without the weekday: "6 May 2026", "May 6, 2026", "6 mei 2026".</summary>
    public static string Date(DateOnly date, CultureInfo culture)
    {
        var pattern = culture.DateTimeFormat.LongDatePattern
            .Replace("dddd, ", string.Empty, StringComparison.Ordinal)
            .Replace("dddd ", string.Empty, StringComparison.Ordinal)
            .Replace(", dddd", string.Empty, StringComparison.Ordinal)
            .Replace("dddd", string.Empty, StringComparison.Ordinal)
            .Trim();
        return date.ToString(pattern, culture);
    }
}
