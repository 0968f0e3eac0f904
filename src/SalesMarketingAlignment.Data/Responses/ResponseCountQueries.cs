using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Data.Responses;

/// <summary>How many responses of a group (department, role) have a given total.</summary>
public sealed record TotalCount(Department Department, RespondentRole Role, int Total, int Count);

/// <summary>How many responses of a group (department, role) gave <see cref="Answer"/> to statement <see cref="Statement"/>.</summary>
public sealed record AnswerCount(int Statement, Department Department, RespondentRole Role, int Answer, int Count);

/// <summary>
/// Aggregates computed by the database (GROUP BY), never by loading rows: the results pages and reports build their
/// statistics from these counts. Provider-neutral LINQ only.
/// </summary>
public static class ResponseCountQueries
{
    /// <summary>Counts per (department, role, total) of one assessment.</summary>
    public static async Task<IReadOnlyList<TotalCount>> CountTotalsAsync(
        this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Responses.AsNoTracking()
            .Where(r => r.AssessmentId == assessmentId)
            .GroupBy(r => new { r.Department, r.Role, r.Total })
            .Select(g => new { g.Key.Department, g.Key.Role, g.Key.Total, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .Select(r => new TotalCount(r.Department, r.Role, r.Total, r.Count))
            .OrderBy(r => r.Department).ThenBy(r => r.Role).ThenBy(r => r.Total)
            .ToList();
    }

    /// <summary>Counts per (statement, department, role, answer) of one assessment, in one query (UNION ALL of 20 GROUP BYs).</summary>
    public static async Task<IReadOnlyList<AnswerCount>> CountAnswersAsync(
        this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<AnswerRow>? query = null;
        foreach (var statement in Questionnaire.Statements)
        {
            var number = statement.Number;
            var column = Response.AnswerColumn(number);
            var part = db.Responses.AsNoTracking()
                .Where(r => r.AssessmentId == assessmentId)
                .GroupBy(r => new { r.Department, r.Role, Answer = EF.Property<byte>(r, column) })
                .Select(g => new AnswerRow { Statement = number, Department = g.Key.Department, Role = g.Key.Role, Answer = g.Key.Answer, Count = g.Count() });
            query = query is null ? part : query.Concat(part);
        }

        var rows = await query!.ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .Select(r => new AnswerCount(r.Statement, r.Department, r.Role, r.Answer, r.Count))
            .OrderBy(r => r.Statement).ThenBy(r => r.Department).ThenBy(r => r.Role).ThenBy(r => r.Answer)
            .ToList();
    }

    private sealed class AnswerRow
    {
        public int Statement { get; init; }
        public Department Department { get; init; }
        public RespondentRole Role { get; init; }
        public byte Answer { get; init; }
        public int Count { get; init; }
    }
}
