using System.Diagnostics.CodeAnalysis;

namespace SalesMarketingAlignment.Domain;

/// <summary>The article asks both the heads of Sales and Marketing and their staffs to answer.</summary>
public enum RespondentRole
{
    Head = 1,
    Staff = 2,
}

/// <summary>Reading a role as respondents send it (the survey form and the API).</summary>
public static class RespondentRoles
{
    /// <summary>
    /// "Head" or "Staff", exactly as written: case-sensitive, and no numbers ("1") or other spellings, which
    /// <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> would accept.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out RespondentRole role)
    {
        switch (text)
        {
            case nameof(RespondentRole.Head):
                role = RespondentRole.Head;
                return true;
            case nameof(RespondentRole.Staff):
                role = RespondentRole.Staff;
                return true;
            default:
                role = default;
                return false;
        }
    }
}
