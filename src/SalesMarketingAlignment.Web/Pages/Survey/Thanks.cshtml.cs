using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Web.Pages.Survey;

/// <summary>After a submission (redirected here): the respondent's own total and level. Only the holder of the random
/// submission key can open it.</summary>
[AllowAnonymous]
public sealed class ThanksModel(AlignmentDbContext db) : PageModel
{
    public int Total { get; private set; }
    public AlignmentLevel Level { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, Guid key, CancellationToken cancellationToken)
    {
        var total = await (
            from link in db.SurveyLinks
            where link.Token == token
            join response in db.Responses on link.AssessmentId equals response.AssessmentId
            where response.SubmissionKey == key && response.Department == link.Department
            select (int?)response.Total).SingleOrDefaultAsync(cancellationToken);
        if (total is null)
        {
            return NotFound();
        }

        Total = total.Value;
        Level = ScoringKey.LevelOfTotal(Total);
        return Page();
    }
}
