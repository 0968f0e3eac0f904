using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

/// <summary>Adds an executive to an organization: an existing executive account by email, or a new executive account.</summary>
public sealed class AddExecutiveModel(
    AlignmentDbContext db, OrganizationAccess access, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AddExecutiveInput Input { get; set; } = new();

    public int Id { get; private set; }
    public string OrganizationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await AuthorizeAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(Input.DisplayName) || string.IsNullOrEmpty(Input.Password))
            {
                ModelState.AddModelError(string.Empty, localizer["There is no account with this email. To create one, also give a name and a password."]);
                return Page();
            }

            var created = await DatabaseStartup.CreateUserAsync(users, Input.Email, Input.DisplayName.Trim(), Input.Password, Roles.Executive);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError(string.Empty, error.Description);
                }

                return Page();
            }

            user = await users.FindByEmailAsync(Input.Email);
        }
        else if (!await users.IsInRoleAsync(user, Roles.Executive))
        {
            ModelState.AddModelError(string.Empty, localizer["This account is not an executive account."]);
            return Page();
        }

        if (!await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == id && m.UserId == user!.Id, cancellationToken))
        {
            db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = id, UserId = user!.Id });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/Organizations/{id}");
    }

    private async Task<IActionResult?> AuthorizeAsync(int id, CancellationToken cancellationToken)
    {
        var level = await access.ToOrganizationAsync(User, id, cancellationToken);
        if (level == Access.None)
        {
            return NotFound();
        }

        if (level != Access.Write)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Id = id;
        OrganizationName = await db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken);
        return null;
    }

    public sealed class AddExecutiveInput
    {
        [Required(ErrorMessage = "Enter an email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [StringLength(100, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name")]
        public string? DisplayName { get; set; }

        [StringLength(200, MinimumLength = 8, ErrorMessage = "The password must have at least 8 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string? Password { get; set; }
    }
}
