namespace SalesMarketingAlignment.Domain.Results;

/// <summary>The parts of a result that the anonymity rule can hide.</summary>
public enum WithheldItem
{
    SalesFigures = 1,
    MarketingFigures = 2,
    Overall = 3,
    Gap = 4,
    StatementGaps = 5,
    WelchTest = 6,
}

/// <summary>One hidden part and why, in plain words (current UI culture at computation).</summary>
public sealed record Withholding(WithheldItem Item, string Reason);

/// <summary>The organization's score: the plain mean of the two department means, each department counting equally.</summary>
/// <param name="Incomplete">Only one department has responses, so this is that department's score alone.</param>
public sealed record OverallScore(decimal Mean, decimal MeanShown, AlignmentLevel Level, bool Incomplete);
