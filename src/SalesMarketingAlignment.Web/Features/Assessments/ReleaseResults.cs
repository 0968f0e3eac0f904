using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>
/// Publishes an interim release: the organization's executives see the figures of an open assessment from now on,
/// recorded with who released them and when. Closing releases them too; releasing twice changes nothing.
/// </summary>
public sealed class ReleaseResults(AlignmentDbContext db, TimeProvider clock)
{
    public abstract record Result;

    /// <param name="Assessment">The assessment, released now or before (or closed).</param>
    public sealed record Released(Assessment Assessment) : Result;

    public sealed record NotFound : Result;

    /// <param name="releasedBy">Id of the consultant releasing them.</param>
    public async Task<Result> HandleAsync(int assessmentId, string releasedBy, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
        {
            return new NotFound();
        }

        if (assessment.ReleaseFigures(releasedBy, clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Released(assessment);
    }
}
