using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// A signed-in user changes their password (Account/ChangePassword). Every other session and every refresh token of
/// the user ends (a new security stamp); the caller signs the current browser in again.
/// </summary>
public sealed class ChangePassword(
    UserManager<ApplicationUser> users, UserSessions sessions, IAuditTrail audit, IStringLocalizer<SharedResource> localizer)
{
    public const string WrongCurrentText = "The current password is not correct.";

    public sealed class Request
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password.")]
        [PasswordRule]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";
    }

    public abstract record Result;

    public sealed record Changed(ApplicationUser User) : Result;

    /// <summary>Errors keyed by the request's property name.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Result;

    public async Task<Result> HandleAsync(ApplicationUser user, Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            return new Invalid(result.Errors
                .GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Request.CurrentPassword) : nameof(Request.NewPassword))
                .ToDictionary(
                    g => g.Key,
                    g => g.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? localizer[WrongCurrentText].Value : e.Description).ToArray()));
        }

        // ChangePasswordAsync renewed the stamp: cookies and access tokens elsewhere fail their next check.
        await sessions.RevokeRefreshTokensAsync(user.Id, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditKind.PasswordChanged, user.Id), cancellationToken);
        return new Changed(user);
    }
}
