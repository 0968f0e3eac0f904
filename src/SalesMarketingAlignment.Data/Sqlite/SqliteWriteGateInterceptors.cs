using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesMarketingAlignment.Data.Sqlite;

/// <summary>Takes the gate for the span of a SaveChanges that is not already inside a gated transaction.</summary>
internal sealed class SqliteWriteGateSaveChangesInterceptor(SqliteWriteGate gate) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AlignmentDbContext { WriteGateLease: null } context)
        {
            context.WriteGateLease = new WriteGateLease(gate.Enter(), context, WriteGateOwner.SaveChanges);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AlignmentDbContext { WriteGateLease: null } context)
        {
            context.WriteGateLease = new WriteGateLease(await gate.EnterAsync(cancellationToken).ConfigureAwait(false), context, WriteGateOwner.SaveChanges);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Release(DbContext? context)
    {
        if (context is AlignmentDbContext { WriteGateLease: { Owner: WriteGateOwner.SaveChanges } lease })
        {
            lease.Release();
        }
    }
}

/// <summary>Takes the gate when an explicit transaction begins and gives it back when it ends.</summary>
internal sealed class SqliteWriteGateTransactionInterceptor(SqliteWriteGate gate) : DbTransactionInterceptor
{
    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is AlignmentDbContext { WriteGateLease: null } context)
        {
            context.WriteGateLease = new WriteGateLease(gate.Enter(), context, WriteGateOwner.Transaction);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AlignmentDbContext { WriteGateLease: null } context)
        {
            context.WriteGateLease = new WriteGateLease(await gate.EnterAsync(cancellationToken).ConfigureAwait(false), context, WriteGateOwner.Transaction);
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        // A failed commit or rollback ends the transaction; a failed savepoint operation does not.
        if (eventData.Action is "Commit" or "Rollback")
        {
            Release(eventData.Context);
        }
    }

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    private static void Release(DbContext? context)
    {
        if (context is AlignmentDbContext { WriteGateLease: { Owner: WriteGateOwner.Transaction } lease })
        {
            lease.Release();
        }
    }
}

/// <summary>
/// Gates a lone non-query command (ExecuteUpdate, ExecuteDelete, raw SQL) that runs outside SaveChanges and outside
/// a transaction, so no write path escapes the gate.
/// </summary>
internal sealed class SqliteWriteGateCommandInterceptor(SqliteWriteGate gate) : DbCommandInterceptor
{
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AlignmentDbContext { WriteGateLease: null } context)
        {
            context.WriteGateLease = new WriteGateLease(gate.Enter(), context, WriteGateOwner.Command);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AlignmentDbContext { WriteGateLease: null } context)
        {
            context.WriteGateLease = new WriteGateLease(await gate.EnterAsync(cancellationToken).ConfigureAwait(false), context, WriteGateOwner.Command);
        }

        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(eventData.Context);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(eventData.Context);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Release(DbContext? context)
    {
        if (context is AlignmentDbContext { WriteGateLease: { Owner: WriteGateOwner.Command } lease })
        {
            lease.Release();
        }
    }
}

/// <summary>
/// synchronous=FULL on every connection: with WAL, NORMAL may lose the last commits on power loss, and a respondent
/// told "thank you" must find the answer stored. There is no connection-string keyword for it.
/// </summary>
internal sealed class SqliteConnectionPragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
