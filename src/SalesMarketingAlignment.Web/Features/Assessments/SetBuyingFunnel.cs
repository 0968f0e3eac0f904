using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>
/// Switches the survey's optional Buying Funnel part on or off for an assessment the caller may change
/// (docs/decisions/0018-buying-funnel.md). Answers already counted stay counted and shown; switching off only stops
/// the survey asking, and answers sent after that are refused.
/// </summary>
public sealed class SetBuyingFunnel(AlignmentDbContext db)
{
    /// <returns>The assessment with its links; null when there is none.</returns>
    public async Task<Assessment?> HandleAsync(int assessmentId, bool asked, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.Include(a => a.Links).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
        {
            return null;
        }

        assessment.BuyingFunnel = asked;
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
