using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

/// <summary>Consultants (and administrators) add a client organization; its creator becomes a member.</summary>
public sealed class CreateModel(AlignmentDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IActionResult OnGet() => CanCreate() ? Page() : Forbid403();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanCreate())
        {
            return Forbid403();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organization = new Organization
        {
            Name = Input.Name.Trim(),
            CreatedOn = clock.Today(),
            Members = [new OrganizationMember { UserId = users.GetUserId(User)! }],
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Organizations/{organization.Id}");
    }

    private bool CanCreate() => User.IsInRole(Roles.Consultant) || User.IsInRole(Roles.Administrator);

    private StatusCodeResult Forbid403() => StatusCode(StatusCodes.Status403Forbidden);

    public sealed class CreateInput
    {
        [Required(ErrorMessage = "Enter the name of the organization.")]
        [StringLength(200, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name of the organization")]
        public string Name { get; set; } = "";
    }
}
