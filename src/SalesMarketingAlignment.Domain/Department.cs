namespace SalesMarketingAlignment.Domain;

/// <summary>The two functions whose working relationship the instrument measures.</summary>
public enum Department
{
    Sales = 1,
    Marketing = 2,
}
