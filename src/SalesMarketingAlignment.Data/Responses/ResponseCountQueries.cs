using System.Linq.Expressions;
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

    /// <summary>
    /// Counts per (statement, department, role, answer) of one assessment, in one pass over its rows. Per group
    /// (department, role) and statement the database computes two sums: the answer itself, and a "packed" count
    /// (1 for answer 1, 2^21 for answer 2, 2^42 for answer 3, else 0), so that one 64-bit sum holds three 21-bit
    /// counters; the counts of answers 4 and 5 follow from the group's size and the plain sum. That is 41 aggregates
    /// per row instead of 100 conditional sums, and one scan instead of the 20 that UNION ALL of 20 GROUP BYs made
    /// (measurements in docs/performance.md). A group of 2^21 responses or more would overflow a counter: then the
    /// 100-sum form runs instead. Zero counts are left out, as a GROUP BY would.
    /// </summary>
    public static async Task<IReadOnlyList<AnswerCount>> CountAnswersAsync(
        this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var groups = await db.Responses.AsNoTracking()
            .Where(r => r.AssessmentId == assessmentId)
            .GroupBy(r => new GroupKey { Department = r.Department, Role = r.Role })
            .Select(PackedProjection)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (groups.Any(g => g.Count >= PackedCounterLimit))
        {
            groups = await db.Responses.AsNoTracking()
                .Where(r => r.AssessmentId == assessmentId)
                .GroupBy(r => new GroupKey { Department = r.Department, Role = r.Role })
                .Select(PlainProjection)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var counts = new List<AnswerCount>(groups.Count * Questionnaire.StatementCount * AnswerScale.PointCount);
        foreach (var group in groups)
        {
            for (var statement = 1; statement <= Questionnaire.StatementCount; statement++)
            {
                var perAnswer = group.Plain is { } plain
                    ? plain.AsSpan((statement - 1) * AnswerScale.PointCount, AnswerScale.PointCount).ToArray()
                    : Unpack(group.Count, group.Packed[statement - 1], group.Sums[statement - 1]);
                for (var answer = AnswerScale.Minimum; answer <= AnswerScale.Maximum; answer++)
                {
                    var count = perAnswer[answer - AnswerScale.Minimum];
                    if (count > 0)
                    {
                        counts.Add(new AnswerCount(statement, group.Department, group.Role, answer, (int)count));
                    }
                }
            }
        }

        return counts
            .OrderBy(r => r.Statement).ThenBy(r => r.Department).ThenBy(r => r.Role).ThenBy(r => r.Answer)
            .ToList();
    }

    private const int PackedBits = 21;
    private const long PackedCounterLimit = 1L << PackedBits;

    /// <summary>Counts of answers 1-5 from the group size, the packed sum and the plain sum of one statement.</summary>
    private static long[] Unpack(long count, long packed, long sum)
    {
        var mask = PackedCounterLimit - 1;
        var ones = packed & mask;
        var twos = (packed >> PackedBits) & mask;
        var threes = packed >> (2 * PackedBits);
        var fourOrFive = count - ones - twos - threes;
        // 4 * fours + 5 * fives = rest of the sum, and fours + fives = fourOrFive.
        var fives = sum - ones - (2 * twos) - (3 * threes) - (4 * fourOrFive);
        var fours = fourOrFive - fives;
        if (fours < 0 || fives < 0)
        {
            throw new InvalidOperationException("The packed answer counts do not add up; the aggregate query is inconsistent.");
        }

        return [ones, twos, threes, fours, fives];
    }

    private static readonly Expression<Func<IGrouping<GroupKey, Response>, GroupCounts>> PackedProjection = BuildProjection(packed: true);
    private static readonly Expression<Func<IGrouping<GroupKey, Response>, GroupCounts>> PlainProjection = BuildProjection(packed: false);

    /// <summary>
    /// Packed: g => new GroupCounts { ..., Count = g.LongCount(), Packed = [g.Sum(r => r.A01 == 1 ? 1L : r.A01 == 2 ? 2^21 : r.A01 == 3 ? 2^42 : 0L), ...],
    /// Sums = [g.Sum(r => (long)r.A01), ...] }. Plain: Plain = [g.Sum(r => r.A01 == 1 ? 1L : 0L), ...] (100 sums).
    /// </summary>
    private static Expression<Func<IGrouping<GroupKey, Response>, GroupCounts>> BuildProjection(bool packed)
    {
        var group = Expression.Parameter(typeof(IGrouping<GroupKey, Response>), "g");
        var key = Expression.Property(group, nameof(IGrouping<GroupKey, Response>.Key));
        var sum = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Sum) && m.IsGenericMethodDefinition && m.GetParameters().Length == 2
                && m.GetParameters()[1].ParameterType == typeof(Func<,>).MakeGenericType(m.GetGenericArguments()[0], typeof(long)))
            .MakeGenericMethod(typeof(Response));
        var longCount = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.LongCount) && m.GetParameters().Length == 1)
            .MakeGenericMethod(typeof(Response));
        Expression Sum(Func<Expression, Expression> perRow)
        {
            var row = Expression.Parameter(typeof(Response), "r");
            return Expression.Call(sum, group, Expression.Lambda<Func<Response, long>>(perRow(row), row));
        }

        Expression Answer(Expression row, int statement) => Expression.Convert(Expression.Property(row, Response.AnswerColumn(statement)), typeof(int));
        Expression When(Expression row, int statement, int answer, long then, Expression otherwise) =>
            Expression.Condition(Expression.Equal(Answer(row, statement), Expression.Constant(answer)), Expression.Constant(then), otherwise);

        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Department))!, Expression.Property(key, nameof(GroupKey.Department))),
            Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Role))!, Expression.Property(key, nameof(GroupKey.Role))),
            Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Count))!, Expression.Call(longCount, group)),
        };
        var statements = Enumerable.Range(1, Questionnaire.StatementCount).ToArray();
        if (packed)
        {
            var packedSums = statements.Select(s => Sum(row =>
                When(row, s, 1, 1L, When(row, s, 2, 1L << PackedBits, When(row, s, 3, 1L << (2 * PackedBits), Expression.Constant(0L))))));
            var plainSums = statements.Select(s => Sum(row => Expression.Convert(Answer(row, s), typeof(long))));
            bindings.Add(Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Packed))!, Expression.NewArrayInit(typeof(long), packedSums)));
            bindings.Add(Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Sums))!, Expression.NewArrayInit(typeof(long), plainSums)));
        }
        else
        {
            var perAnswer = statements.SelectMany(s => Enumerable.Range(AnswerScale.Minimum, AnswerScale.PointCount)
                .Select(a => Sum(row => When(row, s, a, 1L, Expression.Constant(0L)))));
            bindings.Add(Expression.Bind(typeof(GroupCounts).GetProperty(nameof(GroupCounts.Plain))!, Expression.NewArrayInit(typeof(long), perAnswer)));
        }

        return Expression.Lambda<Func<IGrouping<GroupKey, Response>, GroupCounts>>(
            Expression.MemberInit(Expression.New(typeof(GroupCounts)), bindings), group);
    }

    private sealed class GroupKey
    {
        public Department Department { get; init; }
        public RespondentRole Role { get; init; }
    }

    private sealed class GroupCounts
    {
        public Department Department { get; init; }
        public RespondentRole Role { get; init; }
        public long Count { get; init; }
        public long[] Packed { get; init; } = [];
        public long[] Sums { get; init; } = [];
        public long[]? Plain { get; init; }
    }
}
