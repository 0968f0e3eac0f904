using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;

namespace SalesMarketingAlignment.Data.Results;

/// <summary>Everything the results screens, API, CSV exports and the PDF report read about one assessment.</summary>
public sealed record AssessmentSnapshot(
    Assessment Assessment,
    string OrganizationName,
    AssessmentCounts Counts,
    AssessmentResults Results,
    IReadOnlyList<string> ConditionIds,
    Recommendation Recommendation)
{
    public AnonymityRule Rule => Results.Rule;
}

/// <summary>One round of an organization's trend: each department's mean, or null where there is none to show.</summary>
public sealed record TrendRound(int AssessmentId, string Title, DateOnly CreatedOn, DateOnly? ClosedOn, decimal? SalesMean, decimal? MarketingMean);

/// <summary>
/// Reads results through aggregate queries (counts per total and per answer), so cost does not grow with the rows
/// loaded into memory. Callers check the caller's access to the assessment first (OrganizationAccess).
/// </summary>
public static class AssessmentResultsQueries
{
    public static async Task<AssessmentCounts> LoadCountsAsync(this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // One read transaction, so both aggregates see the same responses even while submissions land.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var totals = await db.CountTotalsAsync(assessmentId, cancellationToken).ConfigureAwait(false);
        var answers = await db.CountAnswersAsync(assessmentId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AssessmentCounts.FromRows(totals, answers);
    }

    /// <summary>The assessment with its results after the anonymity rule, and the recommendation; null when it does not exist.</summary>
    public static async Task<AssessmentSnapshot?> LoadSnapshotAsync(
        this AlignmentDbContext db, int assessmentId, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessment = await db.Assessments.AsNoTracking()
            .Include(a => a.Organization)
            .Include(a => a.Links)
            .Include(a => a.Conditions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken).ConfigureAwait(false);
        if (assessment is null)
        {
            return null;
        }

        var counts = await db.LoadCountsAsync(assessmentId, cancellationToken).ConfigureAwait(false);
        var rule = new AnonymityRule(assessment.MinimumGroupSize);
        var results = AssessmentResults.Compute(counts.For(Department.Sales), counts.For(Department.Marketing), rule, culture);

        // Ids no longer in the catalog (renamed in a later version) are ignored rather than failing the page.
        var conditionIds = assessment.Conditions.Select(c => c.ConditionId)
            .Where(id => AlignmentConditions.TryGet(id, out _))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var recommendation = RecommendationEngine.Recommend(results, conditionIds, culture);
        return new AssessmentSnapshot(assessment, assessment.Organization?.Name ?? "", counts, results, conditionIds, recommendation);
    }

    /// <summary>
    /// Each department's mean per assessment of an organization, oldest first. A department below the assessment's
    /// minimum group size has no mean here either (the anonymity rule holds in the trend too).
    /// </summary>
    public static async Task<IReadOnlyList<TrendRound>> LoadTrendAsync(this AlignmentDbContext db, int organizationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId)
            .Select(a => new { a.Id, a.Title, a.CreatedOn, a.ClosedOn, a.MinimumGroupSize })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = assessments.Select(a => a.Id).ToArray();
        var sums = await db.Responses.AsNoTracking()
            .Where(r => ids.Contains(r.AssessmentId))
            .GroupBy(r => new { r.AssessmentId, r.Department })
            .Select(g => new { g.Key.AssessmentId, g.Key.Department, Count = g.Count(), Sum = g.Sum(r => (long)r.Total) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        decimal? Mean(int assessmentId, Department department, int minimum)
        {
            var s = sums.FirstOrDefault(x => x.AssessmentId == assessmentId && x.Department == department);
            return s is null || s.Count == 0 || s.Count < minimum ? null : (decimal)s.Sum / s.Count;
        }

        return assessments
            .OrderBy(a => a.ClosedOn ?? a.CreatedOn).ThenBy(a => a.Id)
            .Select(a => new TrendRound(a.Id, a.Title, a.CreatedOn, a.ClosedOn,
                Mean(a.Id, Department.Sales, a.MinimumGroupSize), Mean(a.Id, Department.Marketing, a.MinimumGroupSize)))
            .ToArray();
    }
}
