using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
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
/// Reads results from the running tallies (counts per total and per answer, kept as responses are saved), so the cost
/// does not grow with the number of responses and no response row is loaded. Callers check the caller's access to the
/// assessment first (OrganizationAccess).
/// </summary>
public static class AssessmentResultsQueries
{
    /// <summary>
    /// The assessment's counts per group, from its tally rows: at most 4 groups × (81 totals + 100 answers) rows, whatever
    /// the number of responses. One statement, so it reads one consistent state while submissions land.
    /// </summary>
    public static async Task<AssessmentCounts> LoadCountsAsync(this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tallies = await db.ResponseTallies.AsNoTracking()
            .Where(t => t.AssessmentId == assessmentId && t.Count != 0)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return AssessmentCounts.FromTallies(tallies);
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
        // The tallies of totals give each department's count and sum without touching the responses.
        var sums = await db.ResponseTallies.AsNoTracking()
            .Where(t => ids.Contains(t.AssessmentId) && t.Item == ResponseTally.TotalItem)
            .GroupBy(t => new { t.AssessmentId, t.Department })
            .Select(g => new { g.Key.AssessmentId, g.Key.Department, Count = g.Sum(t => t.Count), Sum = g.Sum(t => t.Value * t.Count) })
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
