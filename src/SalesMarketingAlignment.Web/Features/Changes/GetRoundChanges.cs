using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain.Changes;

namespace SalesMarketingAlignment.Web.Features.Changes;

/// <summary>A round of an organization as the comparison names it.</summary>
public sealed record RoundInfo(int Id, string Title, DateOnly CreatedOn, DateOnly? ClosedOn)
{
    /// <summary>The date a round is ordered by: when it closed, or when it started while open.</summary>
    public DateOnly Date => ClosedOn ?? CreatedOn;
}

/// <summary>
/// What moved between a round and an earlier round of the same organization (the one before it unless the reader
/// chooses another). The organization filter has checked that the caller may read the later round; the earlier one must
/// belong to the same organization, so no other tenant's round can be named here.
/// </summary>
public sealed class GetRoundChanges(AlignmentDbContext db)
{
    /// <param name="LaterId">The later round (the assessment in the route).</param>
    /// <param name="SinceId">The earlier round; null for the round before the later one.</param>
    /// <param name="ReaderRunsAssessments">True for consultants and administrators: every round's figures; executives only released ones.</param>
    public sealed record Request(int LaterId, int? SinceId, bool ReaderRunsAssessments);

    public abstract record Result;

    /// <param name="EarlierRounds">The rounds the reader may compare with (visible to them and before the later one), newest first.</param>
    public sealed record Found(RoundInfo Earlier, RoundInfo Later, RoundChanges Changes, IReadOnlyList<RoundInfo> EarlierRounds) : Result;

    public sealed record NotFound : Result;

    /// <summary>The organization has no earlier round whose figures the reader may see.</summary>
    public sealed record NoEarlierRound(RoundInfo Later) : Result;

    /// <summary>The chosen earlier round is not an earlier round of the same organization (or does not exist: the same answer).</summary>
    public sealed record NotAnEarlierRound : Result;

    /// <summary>The figures of one of the rounds are not released to this reader.</summary>
    public sealed record NotReleased : Result;

    public async Task<Result> HandleAsync(Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var later = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.LaterId, cancellationToken);
        if (later is null)
        {
            return new NotFound();
        }

        var laterInfo = Info(later);
        if (!later.FiguresVisibleTo(request.ReaderRunsAssessments))
        {
            return new NotReleased();
        }

        var rounds = await db.Assessments.AsNoTracking()
            .Where(a => a.OrganizationId == later.OrganizationId && a.Id != later.Id)
            .ToListAsync(cancellationToken);
        var earlierRounds = rounds
            .Where(a => IsBefore(Info(a), laterInfo))
            .Where(a => a.FiguresVisibleTo(request.ReaderRunsAssessments))
            .Select(Info)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .ToArray();

        RoundInfo earlierInfo;
        if (request.SinceId is { } sinceId)
        {
            var chosen = rounds.FirstOrDefault(a => a.Id == sinceId);
            if (chosen is null || !IsBefore(Info(chosen), laterInfo))
            {
                return new NotAnEarlierRound();
            }

            if (!chosen.FiguresVisibleTo(request.ReaderRunsAssessments))
            {
                return new NotReleased();
            }

            earlierInfo = Info(chosen);
        }
        else if (earlierRounds.Length > 0)
        {
            earlierInfo = earlierRounds[0];
        }
        else
        {
            return new NoEarlierRound(laterInfo);
        }

        var earlierSnapshot = await db.LoadSnapshotAsync(earlierInfo.Id, cancellationToken);
        var laterSnapshot = await db.LoadSnapshotAsync(laterInfo.Id, cancellationToken);
        if (earlierSnapshot is null || laterSnapshot is null)
        {
            return new NotFound();
        }

        var changes = RoundChanges.Compute(earlierSnapshot.Results, laterSnapshot.Results);
        return new Found(earlierInfo, laterInfo, changes, earlierRounds);
    }

    private static RoundInfo Info(Assessment assessment) =>
        new(assessment.Id, assessment.Title, assessment.CreatedOn, assessment.ClosedOn);

    /// <summary>The order of the trend: by date, then by id for rounds of the same day.</summary>
    private static bool IsBefore(RoundInfo first, RoundInfo second) =>
        first.Date < second.Date || (first.Date == second.Date && first.Id < second.Id);
}
