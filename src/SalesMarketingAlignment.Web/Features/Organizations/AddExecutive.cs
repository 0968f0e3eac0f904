using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Users;

namespace SalesMarketingAlignment.Web.Features.Organizations;

public sealed record Member(int OrganizationId, string UserId, string Email);

/// <summary>
/// Adds an executive to an organization: an existing executive account by its email, or a new executive account when
/// a password is given too (the AddExecutive page and <c>POST /api/v1/organizations/{id}/members</c>).
/// An account with another role is never added (a consultant must not pull another client's consultant in), and the
/// answer does not tell it apart from an email without an account: both are the same "no executive account" error.
/// Someone who is already a member, whatever their role, is answered <see cref="AlreadyMember"/> and nothing changes.
/// </summary>
public sealed class AddExecutive(
    AlignmentDbContext db, UserManager<ApplicationUser> users, CreateUser createUser, IStringLocalizer<SharedResource> localizer)
{
    public const string NoExecutiveAccountText =
        "There is no account with this email that can be added as an executive. To create an executive account, also give a password; an email that belongs to another kind of account cannot be added.";

    public sealed class Request
    {
        [Required(ErrorMessage = "Enter an email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        /// <summary>New account only: defaults to the part of the email before '@'.</summary>
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name")]
        public string? DisplayName { get; set; }

        /// <summary>New account only; ignored (never changed) when the executive account exists.</summary>
        [PasswordRule]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string? Password { get; set; }
    }

    public abstract record Result;

    public sealed record Added(Member Member, bool AccountCreated) : Result;

    public sealed record AlreadyMember(Member Member) : Result;

    /// <summary>Errors keyed by the request's property name (the new account's password or name).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Result;

    /// <summary>No account, and no password to create one; or an account that is not an executive's (the same answer,
    /// so that the caller cannot tell which).</summary>
    public sealed record NoExecutiveAccount(string Message) : Result;

    /// <param name="organizationId">An organization the caller may change (the organization filter checked it).</param>
    /// <param name="request">A request that passed its data annotations.</param>
    public async Task<Result> HandleAsync(int organizationId, Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = request.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is not null && await IsMemberAsync(organizationId, user.Id, cancellationToken))
        {
            return new AlreadyMember(MemberOf(organizationId, user));
        }

        var created = false;
        if (user is null && !string.IsNullOrEmpty(request.Password))
        {
            var account = new CreateUser.Request { Email = email, Password = request.Password, DisplayName = request.DisplayName, Role = Roles.Executive };
            switch (await createUser.HandleAsync(account, cancellationToken))
            {
                case CreateUser.Created done:
                    user = done.User;
                    created = true;
                    break;
                case CreateUser.Invalid invalid:
                    return new Invalid(invalid.Errors);
                default:
                    // Taken between our look-up and the insert: answer as for any account that is not an executive's.
                    return Refused();
            }
        }

        if (user is null || !await users.IsInRoleAsync(user, Roles.Executive))
        {
            return Refused();
        }

        db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = organizationId, UserId = user.Id });
        await db.SaveChangesAsync(cancellationToken);
        return new Added(MemberOf(organizationId, user), created);
    }

    private Task<bool> IsMemberAsync(int organizationId, string userId, CancellationToken cancellationToken) =>
        db.OrganizationMembers.AnyAsync(m => m.OrganizationId == organizationId && m.UserId == userId, cancellationToken);

    private static Member MemberOf(int organizationId, ApplicationUser user) => new(organizationId, user.Id, user.Email ?? "");

    private NoExecutiveAccount Refused() => new(localizer[NoExecutiveAccountText]);
}
