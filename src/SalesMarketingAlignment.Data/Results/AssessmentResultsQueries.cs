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

/// <summary>
/// An assessment's results as one reader may see them: the figures when <see cref="Assessment.FiguresVisibleTo"/>
/// allows, otherwise only the response counts (participation). Callers must match the case, so no output can show
/// unreleased figures by forgetting a check.
/// </summary>
public abstract record ResultsForReader
{
    private ResultsForReader()
    {
    }

    public abstract Assessment Assessment { get; }

    public abstract string OrganizationName { get; }

    /// <summary>The figures, the comparison and the recommendation.</summary>
    public sealed record Released(AssessmentSnapshot Snapshot) : ResultsForReader
    {
        public override Assessment Assessment => Snapshot.Assessment;

        public override string OrganizationName => Snapshot.OrganizationName;
    }

    /// <summary>No figures: the assessment is open and not released, and the reader does not run it.</summary>
    public sealed record NotReleased(Assessment Assessment, string OrganizationName, long SalesResponses, long MarketingResponses) : ResultsForReader
    {
        public override Assessment Assessment { get; } = Assessment;

        public override string OrganizationName { get; } = OrganizationName;
    }
}

/// <summary>One round of an organization's trend: each department's mean, or null where there is none to show.</summary>
public sealed record TrendRound(int AssessmentId, string Title, DateOnly CreatedOn, DateOnly? ClosedOn, decimal? SalesMean, decimal? MarketingMean);

/// <summary>
/// Reads results from the running tallies (counts per total and per answer, kept as responses are saved), so the cost
/// does not grow with the number of responses and no response row is loaded. Callers check the caller's access to the
/// assessment first (the organization filter, Web/Infrastructure/Authorization).
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
        this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
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
        var results = AssessmentResults.Compute(counts.For(Department.Sales), counts.For(Department.Marketing), rule);

        // Ids no longer in the catalog (renamed in a later version) are ignored rather than failing the page.
        var conditionIds = assessment.Conditions.Select(c => c.ConditionId)
            .Where(id => AlignmentConditions.TryGet(id, out _))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var recommendation = RecommendationEngine.Recommend(results, conditionIds);
        return new AssessmentSnapshot(assessment, assessment.Organization?.Name ?? "", counts, results, conditionIds, recommendation);
    }

    /// <summary>
    /// The assessment's results for a reader (see <see cref="ResultsForReader"/>); null when it does not exist. Figures
    /// of an unreleased assessment are not even computed for a reader who does not run it.
    /// </summary>
    /// <param name="readerRunsAssessment">True for those who may change the assessment (consultants, administrators).</param>
    public static async Task<ResultsForReader?> LoadResultsForAsync(
        this AlignmentDbContext db, int assessmentId, bool readerRunsAssessment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessment = await db.Assessments.AsNoTracking()
            .Include(a => a.Organization)
            .FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken).ConfigureAwait(false);
        if (assessment is null)
        {
            return null;
        }

        if (!assessment.FiguresVisibleTo(readerRunsAssessment))
        {
            var counts = await db.LoadCountsAsync(assessmentId, cancellationToken).ConfigureAwait(false);
            return new ResultsForReader.NotReleased(
                assessment, assessment.Organization?.Name ?? "", counts.For(Department.Sales).Count, counts.For(Department.Marketing).Count);
        }

        var snapshot = await db.LoadSnapshotAsync(assessmentId, cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : new ResultsForReader.Released(snapshot);
    }

    /// <summary>
    /// Each department's mean per assessment of an organization, oldest first: exactly the mean the results show for
    /// that assessment (<see cref="AssessmentResults.FiguresOrNull"/> on the same tallies, under the assessment's own
    /// <see cref="AnonymityRule"/>), so a department below the minimum group size has no mean here either.
    /// </summary>
    /// <param name="readerRunsAssessments">
    /// True for those who run the organization's assessments (consultants, administrators): every round. Otherwise only
    /// rounds whose figures are released (<see cref="Assessment.FiguresReleasedRule"/>).
    /// </param>
    public static async Task<IReadOnlyList<TrendRound>> LoadTrendAsync(
        this AlignmentDbContext db, int organizationId, bool readerRunsAssessments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rounds = db.Assessments.AsNoTracking().Where(a => a.OrganizationId == organizationId);
        if (!readerRunsAssessments)
        {
            rounds = rounds.Where(Assessment.FiguresReleasedRule);
        }

        var assessments = await rounds
            .Select(a => new { a.Id, a.Title, a.CreatedOn, a.ClosedOn, a.MinimumGroupSize })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = assessments.Select(a => a.Id).ToArray();

        // The same tally rows LoadCountsAsync reads (at most 4 groups × 181 rows an assessment), in one statement.
        var tallies = await db.ResponseTallies.AsNoTracking()
            .Where(t => ids.Contains(t.AssessmentId) && t.Count != 0)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var countsByAssessment = tallies.GroupBy(t => t.AssessmentId).ToDictionary(g => g.Key, AssessmentCounts.FromTallies);

        decimal? Mean(int assessmentId, Department department, AnonymityRule rule) =>
            countsByAssessment.TryGetValue(assessmentId, out var counts)
                ? AssessmentResults.FiguresOrNull(counts.For(department), rule)?.MeanTotal
                : null;

        return assessments
            .OrderBy(a => a.ClosedOn ?? a.CreatedOn).ThenBy(a => a.Id)
            .Select(a =>
            {
                var rule = new AnonymityRule(a.MinimumGroupSize);
                return new TrendRound(a.Id, a.Title, a.CreatedOn, a.ClosedOn, Mean(a.Id, Department.Sales, rule), Mean(a.Id, Department.Marketing, rule));
            })
            .ToArray();
    }
}
