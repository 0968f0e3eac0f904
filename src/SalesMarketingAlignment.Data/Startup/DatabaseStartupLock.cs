using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SalesMarketingAlignment.Data.Startup;

/// <summary>
/// One app instance at a time runs the start-up work (migrations, roles, the first Data Protection key, seeding): on
/// PostgreSQL a session advisory lock on a connection of its own, so several instances starting at once wait for each
/// other instead of racing (a crashed holder's lock goes with its session). SQLite serves one process: no lock.
/// </summary>
public static class DatabaseStartupLock
{
    /// <summary>Any fixed number, the same in every instance: the advisory lock's name.</summary>
    private const long LockKey = 0x534D_415F_5354_4152; // "SMA_STAR"

    public static async Task<IAsyncDisposable> AcquireStartupLockAsync(this AlignmentDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return NoLock.Instance;
        }

        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
            {
                // Waiting is the point: another instance is migrating. The migration's own time bounds it.
                command.CommandTimeout = 0;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new AdvisoryLock(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
