using System.Globalization;
using System.Resources;

namespace SalesMarketingAlignment.Reports;

/// <summary>Reads the report's own wording (headings, labels, chart titles) from ReportTexts.resx and its translations.</summary>
public static class ReportTexts
{
    private static readonly ResourceManager Resources =
        new("SalesMarketingAlignment.Reports.ReportTexts", typeof(ReportTexts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No report text with key '{key}'.");

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);
}
