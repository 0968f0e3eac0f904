using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>The previous CountAnswersAsync (20 GROUP BYs joined by UNION ALL), kept here only as the benchmark's baseline.</summary>
public static class UnionAllAnswerCounts
{
    public static async Task<int> CountAsync(AlignmentDbContext db, int assessmentId)
    {
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

        return (await query!.ToListAsync()).Count;
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
