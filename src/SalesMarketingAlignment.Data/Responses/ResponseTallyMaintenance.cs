using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Responses;

/// <summary>
/// Keeps the <see cref="ResponseTally"/> rows in step with the <see cref="Response"/> rows. <see cref="AlignmentDbContext"/>
/// calls this on every SaveChanges that adds, changes or deletes responses, inside the same transaction, so a reader
/// never sees rows without their tallies. The increments are one INSERT ... ON CONFLICT DO UPDATE statement, which
/// SQLite (3.24+) and PostgreSQL (9.5+) both accept as written and apply atomically, so concurrent writers (several
/// app instances on PostgreSQL) cannot lose an update.
/// </summary>
public static class ResponseTallyMaintenance
{
    private const string Table = "\"ResponseTallies\"";
    private const string Columns = "\"AssessmentId\", \"Department\", \"Role\", \"Item\", \"Value\"";

    // 6 parameters a row; SQLite allows 32,766 per statement, PostgreSQL 65,535.
    private const int RowsPerStatement = 500;

    /// <summary>One tally row's key.</summary>
    internal readonly record struct TallyKey(int AssessmentId, Department Department, RespondentRole Role, short Item, short Value);

    /// <summary>The response entries a SaveChanges is about to write (call before saving; read them with <see cref="Deltas"/> after).</summary>
    internal static List<EntityEntry<Response>> PendingResponses(ChangeTracker changeTracker) =>
        changeTracker.Entries<Response>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .ToList();

    /// <summary>
    /// What the saved entries change in the tallies: +1 per added response, -1 per deleted one, both for a changed one.
    /// Called after the rows are saved but before their changes are accepted, so added rows carry their real assessment
    /// id. Responses of an assessment deleted in the same save are skipped: its tallies go with it (cascade).
    /// </summary>
    internal static Dictionary<TallyKey, long> Deltas(ChangeTracker changeTracker, IEnumerable<EntityEntry<Response>> saved)
    {
        var deletedAssessments = changeTracker.Entries<Assessment>()
            .Where(e => e.State == EntityState.Deleted)
            .Select(e => e.Entity.Id)
            .ToHashSet();
        var deltas = new Dictionary<TallyKey, long>();
        foreach (var entry in saved)
        {
            if (entry.State is EntityState.Deleted or EntityState.Modified)
            {
                Add(deltas, (Response)entry.OriginalValues.ToObject(), -1, deletedAssessments);
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Add(deltas, (Response)entry.CurrentValues.ToObject(), +1, deletedAssessments);
            }
        }

        foreach (var key in deltas.Where(d => d.Value == 0).Select(d => d.Key).ToList())
        {
            deltas.Remove(key);
        }

        return deltas;
    }

    /// <summary>Adds the deltas to the tallies (creating missing rows) in the current transaction.</summary>
    internal static async Task ApplyAsync(AlignmentDbContext db, IReadOnlyDictionary<TallyKey, long> deltas, CancellationToken cancellationToken)
    {
        foreach (var (sql, parameters) in UpsertStatements(deltas))
        {
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc cref="ApplyAsync"/>
    internal static void Apply(AlignmentDbContext db, IReadOnlyDictionary<TallyKey, long> deltas)
    {
        foreach (var (sql, parameters) in UpsertStatements(deltas))
        {
            db.Database.ExecuteSqlRaw(sql, parameters);
        }
    }

    /// <summary>
    /// Recounts one assessment's tallies from its rows (GROUP BY), replacing what was there. For rows written outside
    /// the DbContext, such as the benchmark's bulk seed; the app itself never needs it.
    /// </summary>
    public static async Task RebuildAsync(this AlignmentDbContext db, int assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.ResponseTallies.Where(t => t.AssessmentId == assessmentId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        foreach (var sql in RecountStatements("WHERE \"AssessmentId\" = {0}"))
        {
            await db.Database.ExecuteSqlRawAsync(sql, [assessmentId], cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// INSERT ... SELECT statements that count the responses matched by <paramref name="where"/> into the tallies:
    /// one for the totals, one per statement. Plain SQL that SQLite and PostgreSQL both run.
    /// </summary>
    private static IEnumerable<string> RecountStatements(string where)
    {
        var groupBy = "\"AssessmentId\", \"Department\", \"Role\"";
        yield return $"INSERT INTO {Table} ({Columns}, \"Count\") SELECT {groupBy}, {ResponseTally.TotalItem}, \"Total\", COUNT(*) FROM \"Responses\" {where} GROUP BY {groupBy}, \"Total\"";
        for (var statement = 1; statement <= Questionnaire.StatementCount; statement++)
        {
            var column = $"\"{Response.AnswerColumn(statement)}\"";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO {Table} ({Columns}, \"Count\") SELECT {groupBy}, {statement}, {column}, COUNT(*) FROM \"Responses\" {where} GROUP BY {groupBy}, {column}");
        }
    }

    private static void Add(Dictionary<TallyKey, long> deltas, Response response, int sign, HashSet<int> deletedAssessments)
    {
        if (deletedAssessments.Contains(response.AssessmentId))
        {
            return;
        }

        void Count(short item, short value)
        {
            var key = new TallyKey(response.AssessmentId, response.Department, response.Role, item, value);
            deltas[key] = deltas.GetValueOrDefault(key) + sign;
        }

        Count(ResponseTally.TotalItem, response.Total);
        for (short statement = 1; statement <= Questionnaire.StatementCount; statement++)
        {
            Count(statement, (short)response.Answer(statement));
        }
    }

    /// <summary>Counts one response's total and answers into <paramref name="deltas"/> with <paramref name="sign"/> (+1 stored, -1 removed).</summary>
    internal static void Count(
        Dictionary<TallyKey, long> deltas, int assessmentId, Department department, RespondentRole role, SurveyAnswers answers, int sign)
    {
        var total = new TallyKey(assessmentId, department, role, ResponseTally.TotalItem, (short)answers.Total);
        deltas[total] = deltas.GetValueOrDefault(total) + sign;
        for (short statement = 1; statement <= Questionnaire.StatementCount; statement++)
        {
            var key = new TallyKey(assessmentId, department, role, statement, (short)answers[statement]);
            deltas[key] = deltas.GetValueOrDefault(key) + sign;
        }
    }

    private static IEnumerable<(string Sql, object[] Parameters)> UpsertStatements(IReadOnlyDictionary<TallyKey, long> deltas)
    {
        // In key order: two instances updating the same tally rows then lock them in the same order, so PostgreSQL
        // makes one wait for the other instead of failing one with a deadlock.
        var ordered = deltas.Where(d => d.Value != 0)
            .OrderBy(d => d.Key.AssessmentId).ThenBy(d => d.Key.Department).ThenBy(d => d.Key.Role).ThenBy(d => d.Key.Item).ThenBy(d => d.Key.Value);
        foreach (var chunk in ordered.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {Table} ({Columns}, \"Count\") VALUES ");
            var parameters = new object[chunk.Length * 6];
            for (var i = 0; i < chunk.Length; i++)
            {
                var (key, delta) = chunk[i];
                var p = i * 6;
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}}, {{{p + 5}}})");
                parameters[p] = key.AssessmentId;
                parameters[p + 1] = (int)key.Department;
                parameters[p + 2] = (int)key.Role;
                parameters[p + 3] = key.Item;
                parameters[p + 4] = key.Value;
                parameters[p + 5] = delta;
            }

            sql.Append($" ON CONFLICT ({Columns}) DO UPDATE SET \"Count\" = {Table}.\"Count\" + excluded.\"Count\"");
            yield return (sql.ToString(), parameters);
        }
    }
}
