using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Invitations;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>The unused anonymous codes as printable slips, each with its personal link (for the consultant only).</summary>
[AuthorizeOrganization(OrganizationSourceKind.Assessment, "id", ChangeOnly = true)]
public sealed class InvitationCodesModel(AlignmentDbContext db, ListInvitations list) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<CodeSlip> Codes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var title = await db.Assessments.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        Id = id;
        Title = title;
        Codes = (await list.HandleAsync(id, cancellationToken))
            .Where(r => r.Email is null && !r.Used)
            .Select(r => new CodeSlip(r.Department, SurveyLinkUrl.For(Request, r.Token)))
            .ToList();
        return Page();
    }

    public sealed record CodeSlip(Department Department, string Url);
}
