using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>Starts an assessment (<see cref="StartAssessment"/>): creates it with one survey link per department.</summary>
[AuthorizeOrganization(OrganizationSourceKind.Organization, "organizationId", ChangeOnly = true)]
public sealed class CreateModel(
    AlignmentDbContext db, StartAssessment startAssessment, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    /// <summary>Today (UTC): the earliest closing date.</summary>
    public DateOnly Today { get; } = clock.Today();

    [BindProperty]
    public StartAssessmentRequest Input { get; set; } = new();

    public string OrganizationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken cancellationToken)
    {
        await LoadOrganizationNameAsync(organizationId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int organizationId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            switch (await startAssessment.HandleAsync(organizationId, Input, users.GetUserId(User)!, cancellationToken))
            {
                case StartAssessment.Started started:
                    return RedirectToPage("/Assessments/Details", new { id = started.Assessment.Id });
                case StartAssessment.Invalid invalid:
                    foreach (var (field, messages) in invalid.Errors)
                    {
                        foreach (var message in messages)
                        {
                            // The use case's own rule (the closing date) speaks English; the page shows it translated.
                            ModelState.AddModelError(
                                $"{nameof(Input)}.{field}",
                                message == ClosingDateRule.InThePastMessage ? localizer[ClosingDateRule.InThePastMessage] : message);
                        }
                    }

                    break;
            }
        }

        await LoadOrganizationNameAsync(organizationId, cancellationToken);
        return Page();
    }

    private async Task LoadOrganizationNameAsync(int organizationId, CancellationToken cancellationToken) =>
        OrganizationName = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync(cancellationToken);
}
