namespace SalesMarketingAlignment.Data.Sqlite;

/// <summary>
/// One writer at a time for the whole process. SQLite 3.50.4 (the build shipped here) has the "WAL-reset" race that
/// can corrupt a WAL database when two connections write or checkpoint at the same moment; serializing every write
/// transaction avoids it, and also avoids "database is locked" waits. See docs/decisions/0001-sqlite-write-gate.md.
/// </summary>
/// <remarks>Registered only for the SQLite provider. Not reentrant: the interceptors track ownership per DbContext.</remarks>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>True while some writer holds the gate (for diagnostics and tests).</summary>
    public bool IsHeld => _semaphore.CurrentCount == 0;

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(this);
    }

    public IDisposable Enter()
    {
        _semaphore.Wait();
        return new Releaser(this);
    }

    internal void Exit() => _semaphore.Release();

    public void Dispose() => _semaphore.Dispose();

    private sealed class Releaser(SqliteWriteGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Exit();
            }
        }
    }
}

internal enum WriteGateOwner
{
    SaveChanges = 1,
    Transaction = 2,
    Command = 3,
}

/// <summary>The gate as held by one DbContext, and why (so only the event that took it gives it back).</summary>
internal sealed class WriteGateLease(IDisposable held, AlignmentDbContext context, WriteGateOwner owner)
{
    private int _released;

    public WriteGateOwner Owner { get; } = owner;

    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            if (ReferenceEquals(context.WriteGateLease, this))
            {
                context.WriteGateLease = null;
            }

            held.Dispose();
        }
    }
}
