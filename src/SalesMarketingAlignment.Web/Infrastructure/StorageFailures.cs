using Microsoft.Data.Sqlite;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// Recognizes a storage failure that is the server's, not the request's, and passes: SQLite's disk full
/// (SQLITE_FULL), and a database busy or locked past the busy timeout (SQLITE_BUSY, SQLITE_LOCKED), also when EF Core
/// wraps them (DbUpdateException, InvalidOperationException). They answer 503 with Retry-After.
/// </summary>
public static class StorageFailures
{
    /// <summary>Seconds a client should wait before trying again (Retry-After).</summary>
    public const int RetryAfterSeconds = 30;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteFull = 13;

    /// <summary>The SQLite exception behind <paramref name="exception"/> when it is a transient storage failure, otherwise null.</summary>
    public static SqliteException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite && IsTransient(sqlite))
            {
                return sqlite;
            }

            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null);
            }
        }

        return null;
    }

    /// <summary>Extended result codes (e.g. SQLITE_BUSY_SNAPSHOT = 517) carry the primary code in their low byte.</summary>
    private static bool IsTransient(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteFull
        || (exception.SqliteExtendedErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteFull;
}
