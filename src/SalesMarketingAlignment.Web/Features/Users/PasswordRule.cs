using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace SalesMarketingAlignment.Web.Features.Users;

/// <summary>
/// The one password rule (NIST SP 800-63B: length, not composition). Identity enforces it through
/// <see cref="Configure"/>; the forms and API bodies check it first through <see cref="PasswordRuleAttribute"/>, and
/// every text that states it is built from <see cref="MinimumLength"/>.
/// </summary>
public static class PasswordRule
{
    public const int MinimumLength = 8;

    /// <summary>Long enough for any passphrase; only keeps absurd bodies away from the hasher.</summary>
    public const int MaximumLength = 200;

    public const string TooShortText = "The password must have at least {0} characters.";

    public const string TooLongText = "The password must have at most {0} characters.";

    /// <summary>The rule as a form label states it, e.g. "Password (at least 8 characters)".</summary>
    public const string LabelText = "Password (at least {0} characters)";

    public static void Configure(PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequiredLength = MinimumLength;
        options.RequireDigit = false;
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
        options.RequiredUniqueChars = 1;
    }
}

/// <summary>
/// Checks a password against <see cref="PasswordRule"/> (an empty value passes: [Required] says whether one is needed).
/// Messages go through the shared localizer when the validation context offers one (pages do; the API localizes after).
/// A <see cref="StringLengthAttribute"/>, so that the OpenAPI document states the lengths.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PasswordRuleAttribute : StringLengthAttribute
{
    public PasswordRuleAttribute()
        : base(PasswordRule.MaximumLength) => MinimumLength = PasswordRule.MinimumLength;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string password || password.Length == 0)
        {
            return ValidationResult.Success;
        }

        var (text, limit) = password.Length < PasswordRule.MinimumLength ? (PasswordRule.TooShortText, PasswordRule.MinimumLength)
            : password.Length > PasswordRule.MaximumLength ? (PasswordRule.TooLongText, PasswordRule.MaximumLength)
            : (null, 0);
        if (text is null)
        {
            return ValidationResult.Success;
        }

        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer;
        var message = localizer?[text, limit].Value ?? string.Format(CultureInfo.CurrentCulture, text, limit);
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
