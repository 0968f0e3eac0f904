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

/// <summary>One hidden part and why, as facts (AlignmentWording.WithheldReason puts them into words).</summary>
/// <param name="Departments">The departments with fewer responses than the minimum group size.</param>
/// <param name="Responses">For SalesFigures and MarketingFigures: that department's response count.</param>
/// <param name="OnlyDepartment">For Overall: the short department is the only one with responses.</param>
public sealed record Withholding(WithheldItem Item, IReadOnlyList<Department> Departments, long Responses, int MinimumGroupSize, bool OnlyDepartment = false);

/// <summary>The organization's score: the plain mean of the two department means, each department counting equally.</summary>
/// <param name="Incomplete">Only one department has responses, so this is that department's score alone.</param>
public sealed record OverallScore(decimal Mean, decimal MeanShown, AlignmentLevel Level, bool Incomplete);
