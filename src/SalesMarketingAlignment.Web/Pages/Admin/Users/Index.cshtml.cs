using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages.Admin.Users;

/// <summary>Administrators list the accounts and create new ones with a role; there is no self-registration.</summary>
public sealed class IndexModel(AlignmentDbContext db, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [TempData]
    public string? Created { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Role)}", localizer["Choose one of the roles."]);
        }

        if (ModelState.IsValid)
        {
            var result = await DatabaseStartup.CreateUserAsync(users, Input.Email, Input.DisplayName, Input.Password, Input.Role);
            if (result.Succeeded)
            {
                Created = Input.Email;
                return RedirectToPage();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await (
            from user in db.Users
            orderby user.Email
            select new UserRow(
                user.DisplayName,
                user.Email ?? "",
                (from userRole in db.UserRoles
                 join role in db.Roles on userRole.RoleId equals role.Id
                 where userRole.UserId == user.Id
                 select role.Name).FirstOrDefault() ?? ""))
            .ToListAsync(cancellationToken);
    }

    public sealed record UserRow(string DisplayName, string Email, string Role);

    public sealed class CreateUserInput
    {
        [Required(ErrorMessage = "Enter a name.")]
        [StringLength(100, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter an email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter a password.")]
        [StringLength(200, MinimumLength = 8, ErrorMessage = "The password must have at least 8 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Choose one of the roles.")]
        [Display(Name = "Role")]
        public string Role { get; set; } = Roles.Consultant;
    }
}
