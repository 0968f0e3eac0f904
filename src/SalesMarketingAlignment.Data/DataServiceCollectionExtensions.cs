using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Sqlite;

namespace SalesMarketingAlignment.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The assembly that holds the PostgreSQL migrations (src/SalesMarketingAlignment.Data.Postgres). The SQLite
    /// migrations stay in this assembly; each provider has its own history of the one model.
    /// </summary>
    public const string PostgresMigrationsAssembly = "SalesMarketingAlignment.Data.Postgres";

    /// <summary>
    /// Registers <see cref="AlignmentDbContext"/> for the provider of <see cref="DatabaseOptions"/> (bind the "Database"
    /// section yourself; validated at start: an unknown provider stops the app with a clear message), on SQLite the
    /// write gate and pragmas, and the <see cref="SurveyResponseWriter"/>.
    /// </summary>
    /// <param name="connectionString">Resolved when the first context is created (the pool's options are built once), so
    /// configuration applied before that still counts.</param>
    public static IServiceCollection AddAlignmentData(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        services.AddOptions<DatabaseOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<SqliteWriteGateSaveChangesInterceptor>();
        services.AddSingleton<SqliteWriteGateTransactionInterceptor>();
        services.AddSingleton<SqliteWriteGateCommandInterceptor>();
        services.AddSingleton<SqliteConnectionPragmaInterceptor>();
        // Pooled: the options below are built once instead of for every request (decision 0008).
        services.AddDbContextPool<AlignmentDbContext>((sp, builder) =>
        {
            var provider = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (provider.IsPostgres)
            {
                // No write gate: PostgreSQL takes concurrent writers (several app instances), and the writes that
                // must stay exact across instances say so in SQL (tally upserts, FOR SHARE on the assessment).
                builder.UseNpgsql(connectionString(sp), o => o.MigrationsAssembly(PostgresMigrationsAssembly));
            }
            else if (provider.IsSqlite)
            {
                builder
                    .UseSqlite(connectionString(sp))
                    .UseModel(CompiledModels.AlignmentDbContextModel.Instance)
                    .AddInterceptors(
                        sp.GetRequiredService<SqliteConnectionPragmaInterceptor>(),
                        sp.GetRequiredService<SqliteWriteGateSaveChangesInterceptor>(),
                        sp.GetRequiredService<SqliteWriteGateTransactionInterceptor>(),
                        sp.GetRequiredService<SqliteWriteGateCommandInterceptor>());
            }
            else
            {
                throw new NotSupportedException($"Database provider '{provider.Provider}' is not supported; use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}'.");
            }

            // The exception reaches the caller, which logs it once with what it was doing (the web app's exception
            // handler, the response writer); EF's own error entries would repeat it with the SQL.
            builder.ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug)));
        });

        services.AddSingleton<SurveyResponseWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<SurveyResponseWriter>());
        return services;
    }

    /// <summary>For hosts without configuration (tests, benchmarks): the provider given directly.</summary>
    public static IServiceCollection AddAlignmentData(this IServiceCollection services, string provider, Func<IServiceProvider, string> connectionString)
    {
        services.Configure<DatabaseOptions>(o => o.Provider = provider);
        return services.AddAlignmentData(connectionString);
    }

    /// <summary>Applies pending migrations and, on SQLite, switches the file to WAL (persistent in the file).</summary>
    public static async Task MigrateAlignmentDatabaseAsync(this AlignmentDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Migrate() also compares the model with the migrations' snapshot, which builds the whole design-time model
        // (about 0.3 s of every start-up). Migrations apply in order, so a database that has the newest one is up to
        // date: one look at the history table says so.
        var newest = db.Database.GetMigrations().LastOrDefault();
        if (newest is null || !await HasAppliedAsync(db, newest, cancellationToken).ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<bool> HasAppliedAsync(AlignmentDbContext db, string migrationId, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = @id";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = migrationId;
            command.Parameters.Add(parameter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (System.Data.Common.DbException)
        {
            // A new database has no history table yet.
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
