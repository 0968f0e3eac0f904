using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// Injects a storage failure: while armed, every command whose SQL matches throws the given SQLite error, as a full
/// disk or a lock held past the busy timeout would, and so does every COMMIT through EF (matched as the text "COMMIT"):
/// the survey writer runs its own prepared statements, which EF's command interceptors do not see, but commits
/// through EF, and a full disk shows up at the commit anyway when the WAL grows. Registered in the test host through
/// ConfigureDbContext.
/// </summary>
public sealed class FailingWrites : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly string[] WriteVerbs = ["INSERT", "UPDATE", "DELETE", "CREATE", "COMMIT"];

    public SqliteException? Failure { get; set; }

    /// <summary>Which commands fail; by default the writes.</summary>
    public Func<string, bool> Matches { get; set; } = sql => WriteVerbs.Any(v => sql.Contains(v, StringComparison.OrdinalIgnoreCase));

    public static SqliteException DiskFull() => new("SQLite Error 13: 'database or disk is full'.", 13);

    /// <summary>The app with the interceptor and a log capture.</summary>
    public static WebApplicationFactory<Program> Host(AppFactory app, FailingWrites failing, LogCapture logs) =>
        app.WithWebHostBuilder(builder =>
        {
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<AlignmentDbContext>(options => options.AddInterceptors(failing)));
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        });

    private void Throw(DbCommand command) => Throw(command.CommandText);

    private void Throw(string sql)
    {
        if (Failure is { } failure && Matches(sql))
        {
            throw failure;
        }
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Throw("COMMIT");
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Throw("COMMIT");
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Throw(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Throw(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Throw(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Throw(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Throw(command);
        return ValueTask.FromResult(result);
    }
}

/// <summary>Keeps every log entry of the app (category, level, message, exception) for assertions.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}
