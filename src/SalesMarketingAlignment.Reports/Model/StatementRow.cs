using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Reports.Model;

/// <summary>
/// One line of the statement table. A mean is null when that department's figures are withheld; the gap is null
/// whenever either mean is.
/// </summary>
public sealed record StatementRow
{
    public StatementRow(int number, string text, decimal? salesMean, decimal? marketingMean, bool divergent, bool weakSpot)
    {
        Questionnaire.Get(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Check(salesMean, nameof(salesMean));
        Check(marketingMean, nameof(marketingMean));
        if (divergent && (salesMean is null || marketingMean is null))
        {
            throw new ArgumentException("Only a statement with both means can be divergent.", nameof(divergent));
        }

        Number = number;
        Text = text;
        SalesMean = salesMean;
        MarketingMean = marketingMean;
        Divergent = divergent;
        WeakSpot = weakSpot;
    }

    public int Number { get; }

    public string Text { get; }

    public decimal? SalesMean { get; }

    public decimal? MarketingMean { get; }

    /// <summary>Sales minus Marketing.</summary>
    public decimal? Gap => SalesMean - MarketingMean;

    public bool Divergent { get; }

    public bool WeakSpot { get; }

    private static void Check(decimal? mean, string name)
    {
        if (mean is { } m && (m < AnswerScale.Minimum || m > AnswerScale.Maximum))
        {
            throw new ArgumentOutOfRangeException(name, mean, "A mean answer lies between 1 and 5.");
        }
    }
}
