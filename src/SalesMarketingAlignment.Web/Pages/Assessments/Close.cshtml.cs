using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>
/// The confirmation step before closing, which cannot be undone: the assessment page links here, this page explains
/// what closing does, and only its own form (which carries <see cref="ConfirmField"/>) closes. Works without JavaScript.
/// </summary>
[AuthorizeOrganization(OrganizationSourceKind.Assessment, "id")]
public sealed class CloseModel(AlignmentDbContext db, CloseAssessment closeAssessment) : PageModel
{
    /// <summary>The hidden field that only the confirmation form sends; a POST without it closes nothing.</summary>
    public const string ConfirmField = "confirm";

    public const string ConfirmValue = "close";

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string OrganizationName { get; private set; } = "";
    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!HttpContext.OrganizationScope().CanChange)
        {
            // Executives read the assessment page but never get to close it.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, [FromForm(Name = ConfirmField)] string? confirm, CancellationToken cancellationToken)
    {
        if (!string.Equals(confirm, ConfirmValue, StringComparison.Ordinal))
        {
            // A form that did not come from this page (an old assessment page, a script): show the question again instead of closing.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return await closeAssessment.HandleAsync(id, cancellationToken) is CloseAssessment.Closed
            ? RedirectToPage("/Assessments/Details", new { id })
            : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Title, OrganizationName = a.Organization!.Name, a.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (assessment is null)
        {
            return false;
        }

        Id = id;
        Title = assessment.Title;
        OrganizationName = assessment.OrganizationName;
        IsOpen = assessment.Status == AssessmentStatus.Open;
        return true;
    }
}
