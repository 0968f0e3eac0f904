namespace SalesMarketingAlignment.Domain;

/// <summary>The article asks both the heads of Sales and Marketing and their staffs to answer.</summary>
public enum RespondentRole
{
    Head = 1,
    Staff = 2,
}
