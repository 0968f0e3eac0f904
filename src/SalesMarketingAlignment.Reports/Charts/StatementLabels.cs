using System.Globalization;
using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>A few words naming each statement, for chart rows where the full wording does not fit.</summary>
public static class StatementLabels
{
    public static string ShortLabel(int number, CultureInfo culture) =>
        ReportTexts.Get(string.Create(CultureInfo.InvariantCulture, $"StatementShort{Questionnaire.Get(number).Number:00}"), culture);
}
