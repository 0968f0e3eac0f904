namespace SalesMarketingAlignment.Domain;

/// <summary>The four types of relationship of the article, in order of increasing integration.</summary>
public enum AlignmentLevel
{
    Undefined = 1,
    Defined = 2,
    Aligned = 3,
    Integrated = 4,
}
