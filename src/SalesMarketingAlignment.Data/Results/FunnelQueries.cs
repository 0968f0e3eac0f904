using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Results;

namespace SalesMarketingAlignment.Data.Results;

/// <summary>The Buying Funnel answers of an assessment, read from its funnel tallies (at most 2 × 33 rows).</summary>
public static class FunnelQueries
{
    public static async Task<FunnelCounts> LoadFunnelCountsAsync(this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.FunnelTallies.AsNoTracking()
            .Where(t => t.AssessmentId == assessmentId && t.Count > 0)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = new FunnelCounts();
        foreach (var row in rows)
        {
            if (row.Stage == FunnelTally.RespondentsStage)
            {
                counts.AddRespondents(row.Department, row.Count);
            }
            else
            {
                counts.Add(row.Department, (FunnelStage)row.Stage, (FunnelLead)row.Lead, row.Count);
            }
        }

        return counts;
    }

    /// <summary>
    /// The Buying Funnel map after the anonymity rule, when the assessment asks the part or has funnel answers (it may
    /// have been switched off after some came in); null otherwise. Callers have checked that the reader sees figures.
    /// </summary>
    public static async Task<FunnelMap?> LoadFunnelMapAsync(this AlignmentDbContext db, Assessment assessment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var counts = await db.LoadFunnelCountsAsync(assessment.Id, cancellationToken).ConfigureAwait(false);
        return assessment.BuyingFunnel || !counts.IsEmpty
            ? FunnelMap.From(counts, new AnonymityRule(assessment.MinimumGroupSize))
            : null;
    }

    /// <summary>
    /// Counts answers given outside the survey (the demo's seed) into the funnel tallies, as the response writer does
    /// for a submission. Call in the transaction that adds the responses; saves at once.
    /// </summary>
    public static async Task AddFunnelAnswersAsync(
        this AlignmentDbContext db, int assessmentId, IEnumerable<(Department Department, FunnelAnswers Answers)> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(answers);
        var counts = new Dictionary<(Department, short, short), long>();
        foreach (var (department, given) in answers.Where(a => !a.Answers.IsEmpty))
        {
            var respondents = (department, FunnelTally.RespondentsStage, FunnelTally.RespondentsLead);
            counts[respondents] = counts.GetValueOrDefault(respondents) + 1;
            foreach (var (stage, lead) in given.Leads)
            {
                counts[(department, (short)stage, (short)lead)] = counts.GetValueOrDefault((department, (short)stage, (short)lead)) + 1;
            }
        }

        var existing = await db.FunnelTallies.Where(t => t.AssessmentId == assessmentId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ((department, stage, lead), count) in counts)
        {
            var row = existing.Find(t => t.Department == department && t.Stage == stage && t.Lead == lead);
            if (row is null)
            {
                db.FunnelTallies.Add(new FunnelTally { AssessmentId = assessmentId, Department = department, Stage = stage, Lead = lead, Count = count });
            }
            else
            {
                row.Count += count;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
