using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>Starts an assessment: creates it with one survey link per department.</summary>
[AuthorizeOrganization(OrganizationSourceKind.Organization, "organizationId", ChangeOnly = true)]
public sealed class CreateModel(AlignmentDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CreateAssessmentInput Input { get; set; } = new();

    public string OrganizationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken cancellationToken)
    {
        await LoadOrganizationNameAsync(organizationId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int organizationId, CancellationToken cancellationToken)
    {
        await LoadOrganizationNameAsync(organizationId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var assessment = AssessmentStarter.NewAssessment(
            organizationId, Input.Title, Input.MinimumGroupSize, Input.ExpectedSales, Input.ExpectedMarketing, users.GetUserId(User)!, clock);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Assessments/{assessment.Id}");
    }

    private async Task LoadOrganizationNameAsync(int organizationId, CancellationToken cancellationToken) =>
        OrganizationName = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync(cancellationToken);

    public sealed class CreateAssessmentInput
    {
        [Required(ErrorMessage = "Enter a title.")]
        [StringLength(Assessment.TitleMaxLength, ErrorMessage = "The title is too long.")]
        [Display(Name = "Title")]
        public string Title { get; set; } = "";

        [Range(Assessment.MinimumGroupSizeLowest, Assessment.MinimumGroupSizeHighest, ErrorMessage = "The smallest group must be between 1 and 10.")]
        [Display(Name = "Smallest group")]
        public int MinimumGroupSize { get; set; } = Assessment.MinimumGroupSizeDefault;

        [Range(1, 100_000, ErrorMessage = "Enter a number of at least 1, or leave it empty.")]
        [Display(Name = "Expected Sales respondents")]
        public int? ExpectedSales { get; set; }

        [Range(1, 100_000, ErrorMessage = "Enter a number of at least 1, or leave it empty.")]
        [Display(Name = "Expected Marketing respondents")]
        public int? ExpectedMarketing { get; set; }
    }
}
