using Microsoft.AspNetCore.Identity;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>A person who signs in: administrator, consultant or executive. Survey respondents never have accounts.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
