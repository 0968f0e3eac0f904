using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Features.Users;

/// <summary>
/// Creates an account with a confirmed email and one role: the administrators' Users page and <c>POST /api/v1/users</c>,
/// the first-run Setup page (role Administrator) and a consultant adding a new executive. There is no self-registration.
/// </summary>
public sealed class CreateUser(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer)
{
    public const string DuplicateEmailText = "An account with this email already exists.";

    /// <summary>Email, password and name of a new account; the Setup page's form (its role is fixed).</summary>
    public class NewAccount
    {
        [Required(ErrorMessage = "Enter an email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter a password.")]
        [PasswordRule]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        /// <summary>Optional: defaults to the part of the email before '@'.</summary>
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name")]
        public string? DisplayName { get; set; }

        public Request WithRole(string role) => new() { Email = Email, Password = Password, DisplayName = DisplayName, Role = role };
    }

    /// <summary>A new account with a role: the Users page's form and the API body.</summary>
    public sealed class Request : NewAccount, IValidatableObject
    {
        /// <summary>"Administrator", "Consultant" or "Executive".</summary>
        [Required(ErrorMessage = "Choose one of the roles.")]
        [Display(Name = "Role")]
        public string Role { get; set; } = "";

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (!string.IsNullOrEmpty(Role) && !Roles.All.Contains(Role))
            {
                yield return new ValidationResult(RoleText(validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer), [nameof(Role)]);
            }
        }

        internal static string RoleText(IStringLocalizer? localizer) =>
            localizer?["The role must be one of: {0}.", string.Join(", ", Roles.All)].Value ?? $"The role must be one of: {string.Join(", ", Roles.All)}.";
    }

    public abstract record Result;

    public sealed record Created(ApplicationUser User, string Role) : Result;

    /// <summary>Errors keyed by the request's property name (Email, Password, Role, DisplayName).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Result;

    public sealed record Conflict(string Message) : Result;

    /// <summary>What a form shows for a result other than <see cref="Created"/>: a taken email is an error on Email.</summary>
    public static IReadOnlyDictionary<string, string[]> FieldErrors(Result result) => result switch
    {
        Invalid invalid => invalid.Errors,
        Conflict conflict => new Dictionary<string, string[]> { [nameof(Request.Email)] = [conflict.Message] },
        _ => new Dictionary<string, string[]>(),
    };

    /// <summary>Creates the account. Call with a request that passed its data annotations (ModelState or ApiJson.Validate);
    /// the role, a taken email and Identity's own rules are checked here.</summary>
    public async Task<Result> HandleAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (!Roles.All.Contains(request.Role))
        {
            return new Invalid(new Dictionary<string, string[]> { [nameof(Request.Role)] = [Request.RoleText(localizer)] });
        }

        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return new Conflict(localizer[DuplicateEmailText]);
        }

        var result = await DatabaseStartup.CreateUserAsync(users, email, ApplicationUser.DisplayNameFor(email, request.DisplayName), request.Password, request.Role);
        if (!result.Succeeded)
        {
            // Someone else took the email between the check and the insert.
            if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                return new Conflict(localizer[DuplicateEmailText]);
            }

            // Identity's own rules (password policy, email and user name format), keyed by the field they concern.
            return new Invalid(result.Errors
                .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Request.Password) : nameof(Request.Email))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        return new Created((await users.FindByEmailAsync(email))!, request.Role);
    }
}
