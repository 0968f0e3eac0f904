using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Sqlite;

namespace SalesMarketingAlignment.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AlignmentDbContext"/> for the configured provider, the SQLite write gate and pragmas when
    /// the provider is SQLite, and the <see cref="SurveyResponseWriter"/>.
    /// </summary>
    /// <param name="connectionString">Resolved when a context is created, so configuration applied late still counts.</param>
    public static IServiceCollection AddAlignmentData(this IServiceCollection services, string provider, Func<IServiceProvider, string> connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var options = new DatabaseOptions { Provider = provider };
        if (!options.IsSqlite)
        {
            throw new NotSupportedException($"Database provider '{provider}' is not supported yet; use '{DatabaseOptions.Sqlite}'.");
        }

        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<SqliteWriteGateSaveChangesInterceptor>();
        services.AddSingleton<SqliteWriteGateTransactionInterceptor>();
        services.AddSingleton<SqliteWriteGateCommandInterceptor>();
        services.AddSingleton<SqliteConnectionPragmaInterceptor>();
        services.AddDbContext<AlignmentDbContext>((sp, builder) => builder
            .UseSqlite(connectionString(sp))
            .AddInterceptors(
                sp.GetRequiredService<SqliteConnectionPragmaInterceptor>(),
                sp.GetRequiredService<SqliteWriteGateSaveChangesInterceptor>(),
                sp.GetRequiredService<SqliteWriteGateTransactionInterceptor>(),
                sp.GetRequiredService<SqliteWriteGateCommandInterceptor>()));

        services.AddSingleton<SurveyResponseWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<SurveyResponseWriter>());
        return services;
    }

    /// <summary>Applies pending migrations and, on SQLite, switches the file to WAL (persistent in the file).</summary>
    public static async Task MigrateAlignmentDatabaseAsync(this AlignmentDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }
}
