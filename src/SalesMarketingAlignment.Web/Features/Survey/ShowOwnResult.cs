using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Survey;

/// <summary>
/// The respondent's own total after submitting (the thank-you page): read back from the stored response by the link and
/// the random submission key, so only the holder of the key sees it and a refresh sends nothing again.
/// </summary>
public sealed class ShowOwnResult(AlignmentDbContext db, TimeProvider clock)
{
    /// <summary>The total of the response stored under <paramref name="submissionKey"/> through this link; null when there is none.</summary>
    public async Task<OwnResult?> HandleAsync(string? token, Guid submissionKey, CancellationToken cancellationToken)
    {
        var link = await SurveyLinks.FindAsync(db, token, clock.Today(), cancellationToken);
        if (link is null || submissionKey == Guid.Empty)
        {
            return null;
        }

        var total = await db.Responses.AsNoTracking()
            .Where(r => r.AssessmentId == link.AssessmentId && r.SubmissionKey == submissionKey && r.Department == link.Department)
            .Select(r => (int?)r.Total)
            .SingleOrDefaultAsync(cancellationToken);
        return total is { } t ? new OwnResult(t) : null;
    }
}
