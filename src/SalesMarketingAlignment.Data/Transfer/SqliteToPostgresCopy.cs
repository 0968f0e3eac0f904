using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Transfer;

/// <summary>What was copied: rows per table, and whether every count matched.</summary>
public sealed record CopyReport(IReadOnlyList<TableCount> Tables)
{
    public bool CountsMatch => Tables.All(t => t.Source == t.Target);
}

public sealed record TableCount(string Table, long Source, long Target);

/// <summary>
/// Moves an installation from SQLite to PostgreSQL: migrates the (empty) PostgreSQL database to the same model, copies
/// every table with its keys (users, roles, organizations, assessments, links, responses, Data Protection keys, so
/// sign-ins and links keep working), moves the identity sequences past the copied keys, and compares the row counts of
/// every table. The running tallies are not copied but rebuilt from the copied responses by the context (the same
/// transaction that writes them), then compared with the source's. Refuses a target that already holds data.
/// </summary>
public static class SqliteToPostgresCopy
{
    private const int RowsPerSave = 2_000;

    private static readonly MethodInfo CopyTableMethod = typeof(SqliteToPostgresCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<CopyReport> CopyAsync(string sqliteConnectionString, string postgresConnectionString, CancellationToken cancellationToken = default)
    {
        var sourceOptions = new DbContextOptionsBuilder<AlignmentDbContext>().UseSqlite(sqliteConnectionString).Options;
        var targetOptions = new DbContextOptionsBuilder<AlignmentDbContext>()
            .UseNpgsql(postgresConnectionString, o => o.MigrationsAssembly(DataServiceCollectionExtensions.PostgresMigrationsAssembly)).Options;

        await using (var source = new AlignmentDbContext(sourceOptions))
        {
            var pending = await source.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
            if (pending.Any())
            {
                throw new InvalidOperationException("The SQLite database is not on the current schema: start the app on it once (it migrates at start), then copy.");
            }
        }

        IReadOnlyList<IEntityType> tables;
        await using (var target = new AlignmentDbContext(targetOptions))
        {
            await target.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            tables = InDependencyOrder(target.Model);
            foreach (var table in tables)
            {
                if (await CountAsync(target, table, cancellationToken).ConfigureAwait(false) > 0)
                {
                    throw new InvalidOperationException($"The PostgreSQL database already holds data (table {table.GetTableName()}): copy into a new, empty database.");
                }
            }
        }

        foreach (var table in tables.Where(t => t.ClrType != typeof(ResponseTally)))
        {
            await ((Task)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(null, [sourceOptions, targetOptions, cancellationToken])!).ConfigureAwait(false);
        }

        var counts = new List<TableCount>();
        await using (var source = new AlignmentDbContext(sourceOptions))
        await using (var target = new AlignmentDbContext(targetOptions))
        {
            foreach (var table in tables)
            {
                await ResetIdentityAsync(target, table, cancellationToken).ConfigureAwait(false);
                if (table.ClrType == typeof(ResponseTally))
                {
                    // Rows of count 0 (left by deletions) carry nothing, and the rebuilt tallies have none: compare
                    // the others key by key. A difference shows as a target count of -1.
                    var sourceTallies = await TalliesAsync(source, cancellationToken).ConfigureAwait(false);
                    var targetTallies = await TalliesAsync(target, cancellationToken).ConfigureAwait(false);
                    var same = sourceTallies.Count == targetTallies.Count
                        && sourceTallies.All(t => targetTallies.TryGetValue(t.Key, out var count) && count == t.Value);
                    counts.Add(new TableCount(table.GetTableName()!, sourceTallies.Count, same ? targetTallies.Count : -1));
                    continue;
                }

                counts.Add(new TableCount(table.GetTableName()!,
                    await CountAsync(source, table, cancellationToken).ConfigureAwait(false),
                    await CountAsync(target, table, cancellationToken).ConfigureAwait(false)));
            }
        }

        return new CopyReport(counts);
    }

    private static async Task CopyTableAsync<T>(DbContextOptions<AlignmentDbContext> sourceOptions, DbContextOptions<AlignmentDbContext> targetOptions, CancellationToken cancellationToken)
        where T : class
    {
        await using var source = new AlignmentDbContext(sourceOptions);
        var batch = new List<T>(RowsPerSave);
        await foreach (var row in source.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(row);
            if (batch.Count == RowsPerSave)
            {
                await SaveAsync(targetOptions, batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        await SaveAsync(targetOptions, batch, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SaveAsync<T>(DbContextOptions<AlignmentDbContext> targetOptions, List<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var target = new AlignmentDbContext(targetOptions);
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        target.Set<T>().AddRange(rows);
        foreach (var entry in target.ChangeTracker.Entries())
        {
            // The app writes every DateTime in UTC; SQLite hands them back without a kind, and PostgreSQL's
            // timestamptz takes UTC only.
            foreach (var property in entry.Properties.Where(p => p.CurrentValue is DateTime { Kind: DateTimeKind.Unspecified }))
            {
                property.CurrentValue = DateTime.SpecifyKind((DateTime)property.CurrentValue!, DateTimeKind.Utc);
            }
        }

        await target.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Principals before dependents, so every foreign key finds its row.</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var pending = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()).ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending
                .Where(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || ordered.Contains(fk.PrincipalEntityType) || !pending.Contains(fk.PrincipalEntityType)))
                .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's foreign keys form a cycle: " + string.Join(", ", pending.Select(t => t.GetTableName())));
            }

            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    private static async Task<long> CountAsync(AlignmentDbContext db, IEntityType table, CancellationToken cancellationToken)
    {
        // Table names come from the model, never from input.
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table.GetTableName()}\"";
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<Dictionary<(int, Domain.Department, Domain.RespondentRole, short, short), long>> TalliesAsync(AlignmentDbContext db, CancellationToken cancellationToken) =>
        db.ResponseTallies.AsNoTracking().Where(t => t.Count != 0)
            .ToDictionaryAsync(t => (t.AssessmentId, t.Department, t.Role, t.Item, t.Value), t => t.Count, cancellationToken);

    /// <summary>After explicit keys were inserted, the next generated key must come after the largest copied one.</summary>
    private static async Task ResetIdentityAsync(AlignmentDbContext db, IEntityType table, CancellationToken cancellationToken)
    {
        var key = table.FindPrimaryKey();
        if (key is not { Properties: [var id] } || id.ValueGenerated != ValueGenerated.OnAdd || (id.ClrType != typeof(int) && id.ClrType != typeof(long)))
        {
            return;
        }

        var name = table.GetTableName();
        var column = id.GetColumnName();
        var sql = $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{name}\"), 0) + 1, false)";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
    }
}
