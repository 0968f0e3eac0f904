using Microsoft.AspNetCore.Identity;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>A person who signs in: administrator, consultant or executive. Survey respondents never have accounts.</summary>
public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>The name shown for an account: the one given, or else the part of the email before '@'.</summary>
    public static string DisplayNameFor(string email, string? displayName)
    {
        ArgumentNullException.ThrowIfNull(email);
        return string.IsNullOrWhiteSpace(displayName) ? email.Trim().Split('@')[0] : displayName.Trim();
    }
}
