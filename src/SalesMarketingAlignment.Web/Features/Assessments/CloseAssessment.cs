using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>Closes an assessment the caller may change: its links accept no more answers. Idempotent.</summary>
public sealed class CloseAssessment(AlignmentDbContext db, TimeProvider clock)
{
    public abstract record Result;

    /// <param name="Assessment">The assessment with its links, closed now or before.</param>
    public sealed record Closed(Assessment Assessment) : Result;

    public sealed record NotFound : Result;

    public async Task<Result> HandleAsync(int assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.Include(a => a.Links).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
        {
            return new NotFound();
        }

        if (assessment.Close(clock.Today()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Closed(assessment);
    }
}
