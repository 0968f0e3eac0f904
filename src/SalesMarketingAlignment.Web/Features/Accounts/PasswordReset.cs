using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// Forgotten passwords: a reset link by email (Account/ForgotPassword; the same answer whether or not the email has an
/// account), or, without mail, from an administrator (Admin/Users). The link carries Identity's reset token, which is
/// bound to the security stamp: it works once, and a sign-out everywhere, a password change or disabling ends it.
/// Setting the password ends every session and refresh token of the account.
/// </summary>
public sealed class PasswordReset(
    UserManager<ApplicationUser> users,
    UserSessions sessions,
    IMailSender mail,
    IAuditTrail audit,
    IStringLocalizer<SharedResource> localizer)
{
    public const string InvalidLinkText = "This link is not valid or has expired. Ask for a new one.";
    public const string PagePath = "/Account/ResetPassword";

    public sealed class NewPasswordRequest
    {
        [Required(ErrorMessage = "Enter a new password.")]
        [PasswordRule]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";
    }

    public bool CanSendMail => mail.IsConfigured;

    /// <summary>
    /// Sends a reset link when the email belongs to an enabled account and mail is configured; does nothing
    /// otherwise. The caller answers the same in every case.
    /// </summary>
    public async Task RequestAsync(HttpRequest request, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        await audit.RecordAsync(new AuditEntry(AuditKind.PasswordResetRequested, SubjectUserId: user?.Id), cancellationToken);
        if (user is null || user.IsDisabled || !mail.IsConfigured)
        {
            return;
        }

        var link = await LinkAsync(request, user);
        var body = localizer["Someone asked to reset the password of your account for Sales & Marketing Alignment. To choose a new password, open this link: {0}", link].Value
            + "\n\n" + localizer["If it was not you, ignore this message; your password stays as it is."].Value;
        await mail.SendAsync([new OutgoingMail(user.Email!, localizer["Reset your password"], body)], cancellationToken);
    }

    /// <summary>An administrator's reset link for a user who cannot receive mail; null for an unknown id.</summary>
    public async Task<string?> IssueLinkAsync(HttpRequest request, string userId, string? administratorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(AuditKind.PasswordResetLinkIssued, administratorId, user.Id), cancellationToken);
        return await LinkAsync(request, user);
    }

    /// <summary>True when the link's user and token still fit (the page shows the form only then).</summary>
    public async Task<bool> IsValidAsync(string? userId, string? token)
    {
        var user = await FindAsync(userId);
        return user is not null && token is not null &&
            await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);
    }

    public abstract record Result;

    public sealed record Reset(ApplicationUser User) : Result;

    public sealed record InvalidLink(string Message) : Result;

    /// <summary>Errors keyed by the request's property name.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Result;

    public async Task<Result> ResetAsync(string? userId, string? token, NewPasswordRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await FindAsync(userId);
        if (user is null || token is null)
        {
            return new InvalidLink(localizer[InvalidLinkText]);
        }

        var result = await users.ResetPasswordAsync(user, token, request.NewPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? new InvalidLink(localizer[InvalidLinkText])
                : new Invalid(new Dictionary<string, string[]> { [nameof(NewPasswordRequest.NewPassword)] = result.Errors.Select(e => e.Description).ToArray() });
        }

        // ResetPasswordAsync renewed the stamp; the refresh tokens go too.
        await sessions.RevokeRefreshTokensAsync(user.Id, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditKind.PasswordReset, user.Id), cancellationToken);
        return new Reset(user);
    }

    private async Task<ApplicationUser?> FindAsync(string? userId) =>
        userId is null ? null : await users.FindByIdAsync(userId) is { IsDisabled: false } user ? user : null;

    private async Task<string> LinkAsync(HttpRequest request, ApplicationUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var path = QueryHelpers.AddQueryString(PagePath, new Dictionary<string, string?> { ["user"] = user.Id, ["token"] = token });
        return SurveyLinkUrl.ForPath(request, path);
    }
}
