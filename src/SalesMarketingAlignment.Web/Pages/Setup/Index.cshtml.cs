using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages.Setup;

/// <summary>First run only: creates the administrator while none exists; afterwards this page is a 404.</summary>
[AllowAnonymous]
public sealed class IndexModel(AlignmentDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    // Two people submitting the form at once must not both become administrator.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await DatabaseStartup.AdministratorExistsAsync(db, cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (await DatabaseStartup.AdministratorExistsAsync(db, cancellationToken))
            {
                return NotFound();
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }

            var result = await DatabaseStartup.CreateUserAsync(users, Input.Email, Input.DisplayName, Input.Password, Roles.Administrator);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(string.Empty, error.Description);
                }

                return Page();
            }
        }
        finally
        {
            OneAtATime.Release();
        }

        await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: false);
        return RedirectToPage("/Admin/Users/Index");
    }

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Enter a name.")]
        [StringLength(100, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter a password.")]
        [StringLength(200, MinimumLength = 8, ErrorMessage = "The password must have at least 8 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
