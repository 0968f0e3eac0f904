using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>The conditions of the "Do We Need to Be More Aligned?" exhibit that hold; an empty list clears them.</summary>
public sealed record SaveConditionsRequest(IReadOnlyList<string?>? Conditions);

/// <summary>
/// Replaces the set of conditions that hold for an assessment the caller may change (also a closed one). Any unknown
/// id refuses the whole request: nothing is saved. Saving records who assessed the conditions and when, also when none holds.
/// </summary>
public sealed class SaveConditions(AlignmentDbContext db, TimeProvider clock)
{
    public abstract record Result;

    public sealed record Saved : Result;

    /// <summary>No list was sent (the API's body without "conditions").</summary>
    public sealed record Missing : Result;

    /// <summary>Ids that are not conditions of the exhibit (a null id counts as unknown).</summary>
    public sealed record Unknown(IReadOnlyList<string?> Ids) : Result;

    public sealed record NotFound : Result;

    /// <param name="userId">Who assesses the conditions.</param>
    public async Task<Result> HandleAsync(int assessmentId, SaveConditionsRequest request, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (request.Conditions is not { } conditions)
        {
            return new Missing();
        }

        var unknown = conditions.Where(c => !AlignmentConditions.TryGet(c, out _)).ToArray();
        if (unknown.Length > 0)
        {
            return new Unknown(unknown);
        }

        var assessment = await db.Assessments.Include(a => a.Conditions).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
        {
            return new NotFound();
        }

        // Every id is known here, so none is null.
        assessment.ReplaceConditions(conditions!, userId, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return new Saved();
    }
}
