using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Transfer;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// <c>--migrate-to-postgres "&lt;PostgreSQL connection string&gt;"</c>: copies the configured SQLite database (migrated to
/// the current schema first, as at every start) into an empty PostgreSQL database, checks every table's row count, and
/// exits (0 when every count matches, 1 otherwise) without serving. docs/deployment.md describes the move.
/// </summary>
public static partial class MigrateToPostgresCommand
{
    public const string Option = "--migrate-to-postgres";

    /// <summary>The target connection string when the option is present, and the other arguments.</summary>
    public static (string? Target, string[] Remaining) TakeOption(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.FindIndex(args, a => string.Equals(a, Option, StringComparison.Ordinal));
        if (at < 0)
        {
            return (null, args);
        }

        if (at + 1 >= args.Length || string.IsNullOrWhiteSpace(args[at + 1]))
        {
            throw new ArgumentException($"{Option} needs the PostgreSQL connection string, e.g. {Option} \"Host=db;Database=alignment;Username=alignment;Password=...\".", nameof(args));
        }

        return (args[at + 1], [.. args[..at], .. args[(at + 2)..]]);
    }

    public static async Task<int> RunAsync(IServiceProvider services, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateToPostgresCommand));
        if (!services.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsSqlite)
        {
            LogNotSqlite(logger);
            return 1;
        }

        var report = await SqliteToPostgresCopy.CopyAsync(services.GetRequiredService<DatabaseConnection>().ConnectionString, target, cancellationToken);
        foreach (var table in report.Tables)
        {
            LogTable(logger, table.Table, table.Source, table.Target, table.Source == table.Target ? "ok" : "MISMATCH");
        }

        if (!report.CountsMatch)
        {
            LogMismatch(logger);
            return 1;
        }

        LogDone(logger);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "--migrate-to-postgres copies from SQLite: run it with Database:Provider = Sqlite and ConnectionStrings:Default naming the SQLite file.")]
    private static partial void LogNotSqlite(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Table}: {Source} rows in SQLite, {Target} in PostgreSQL: {Verdict}")]
    private static partial void LogTable(ILogger logger, string table, long source, long target, string verdict);

    [LoggerMessage(Level = LogLevel.Error, Message = "The copy is incomplete: do not switch to PostgreSQL. Drop the PostgreSQL database and run the copy again.")]
    private static partial void LogMismatch(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Every table copied and counted. Switch Database:Provider to Postgres and ConnectionStrings:Default to the PostgreSQL database.")]
    private static partial void LogDone(ILogger logger);
}
