using Microsoft.AspNetCore.Identity;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>A person who signs in: administrator, consultant or executive. Survey respondents never have accounts.</summary>
public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>An administrator disabled the account: it cannot sign in, and its sessions and tokens ended.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>
    /// Who made the account (a consultant's invitation, an administrator); null for the first administrator, bootstrap
    /// and demo accounts. A consultant may add to an organization only the accounts they made.
    /// </summary>
    public string? CreatedById { get; set; }

    /// <summary>The name shown for an account: the one given, or else the part of the email before '@'.</summary>
    public static string DisplayNameFor(string email, string? displayName)
    {
        ArgumentNullException.ThrowIfNull(email);
        return string.IsNullOrWhiteSpace(displayName) ? email.Trim().Split('@')[0] : displayName.Trim();
    }
}
