using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Api.Users;

/// <summary>New account: email, password (8+ characters), role; the display name defaults to the email's local part.</summary>
public sealed class CreateUserBody
{
    [Required(ErrorMessage = "Enter an email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(200, MinimumLength = 8, ErrorMessage = "The password must have at least 8 characters.")]
    public string Password { get; set; } = "";

    /// <summary>"Administrator", "Consultant" or "Executive".</summary>
    [Required(ErrorMessage = "Choose one of the roles.")]
    public string Role { get; set; } = "";

    [StringLength(100, ErrorMessage = "The name is too long.")]
    public string? DisplayName { get; set; }
}

public sealed record CreatedUser(string Id, string Email, string Role);

public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/users", CreateAsync)
            .RequireAuthorization(Policies.Administrator)
            .WithTags("Users")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AcceptsJson<CreateUserBody>()
            .Produces<CreatedUser>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Create an account with a role (administrators only)");
        return api;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadAsync<CreateUserBody>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var input = body.Value!;
        var errors = ApiJson.Validate(input, localizer);
        if (!string.IsNullOrEmpty(input.Role) && !Roles.All.Contains(input.Role))
        {
            errors["role"] = [localizer["The role must be one of: {0}.", string.Join(", ", Roles.All)].Value];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return ApiProblems.Conflict(localizer["An account with this email already exists."]);
        }

        var displayName = string.IsNullOrWhiteSpace(input.DisplayName) ? email.Split('@')[0] : input.DisplayName.Trim();
        var result = await DatabaseStartup.CreateUserAsync(users, email, displayName, input.Password, input.Role);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                return ApiProblems.Conflict(localizer["An account with this email already exists."]);
            }

            // Identity's own rules (password policy, email and user name format), keyed by the field they concern.
            return ApiProblems.Invalid(result.Errors
                .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        var user = await users.FindByEmailAsync(email);
        return TypedResults.Created($"/api/v1/users/{user!.Id}", new CreatedUser(user.Id, email, input.Role));
    }
}
