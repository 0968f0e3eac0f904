using System.Globalization;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports;

/// <summary>The report's own labels (headings, table heads, chart titles), read through the shared <see cref="TextCatalogue"/>.</summary>
public static class ReportTexts
{
    public static TextCatalogue Catalogue { get; } = new("SalesMarketingAlignment.Reports.ReportTexts", typeof(ReportTexts).Assembly);

    public static string Get(string key, CultureInfo culture) => Catalogue.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] args) => Catalogue.Format(key, culture, args);
}
