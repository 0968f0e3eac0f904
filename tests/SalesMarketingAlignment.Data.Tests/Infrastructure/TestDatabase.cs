using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Tests.Shared;

namespace SalesMarketingAlignment.Data.Tests.Infrastructure;

/// <summary>
/// The data layer as the app registers it (<see cref="DataServiceCollectionExtensions.AddAlignmentData"/>), on its own
/// temporary database of the given provider (a SQLite file, or a PostgreSQL database on <see cref="TestPostgres"/>),
/// without a web host. Each instance starts from a copy of one database migrated once per test run, and runs the
/// hosted services (the response writer) as the app would.
/// </summary>
public sealed class TestDatabase(string provider = DatabaseOptions.Sqlite) : IAsyncLifetime
{
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateMigratedTemplateAsync);
    private static readonly Lazy<Task<string>> MigratedPostgresTemplate = new(CreateMigratedPostgresTemplateAsync);

    private readonly List<ServiceProvider> _instances = [];

    public string Provider { get; } = provider;

    public bool IsPostgres => DatabaseOptions.IsProvider(Provider, DatabaseOptions.Postgres);

    /// <summary>The SQLite file (SQLite only).</summary>
    public string DatabasePath { get; } = NewDatabasePath("sma-data-test");

    public string ConnectionString { get; private set; } = "";

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (IsPostgres)
        {
            ConnectionString = await TestPostgres.CreateDatabaseAsync(template: await MigratedPostgresTemplate.Value);
        }
        else
        {
            File.Copy(await MigratedTemplate.Value, DatabasePath);
            ConnectionString = $"Data Source={DatabasePath}";
        }

        Services = await StartInstanceAsync();
    }

    /// <summary>
    /// Another "app instance" on the same database: its own services, connection pool and response writer, as a
    /// second process would have (PostgreSQL only: SQLite serves one process). Stopped with this database.
    /// </summary>
    public async Task<ServiceProvider> StartInstanceAsync()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddAlignmentData(Provider, _ => ConnectionString)
            .BuildServiceProvider();
        foreach (var service in services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        _instances.Add(services);
        return services;
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            foreach (var service in instance.GetServices<IHostedService>().Reverse())
            {
                await service.StopAsync(CancellationToken.None);
            }

            await instance.DisposeAsync();
        }

        if (IsPostgres)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString);
            return;
        }

        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        DeleteDatabase(DatabasePath);
    }

    public async Task<T> WithDbAsync<T>(Func<AlignmentDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AlignmentDbContext>());
    }

    /// <summary>An organization and one assessment with its two links.</summary>
    public Task<Assessment> CreateAssessmentAsync(string organizationName, AssessmentStatus status = AssessmentStatus.Open) =>
        WithDbAsync(async db =>
        {
            var assessment = new Assessment
            {
                Organization = new Organization { Name = organizationName, CreatedOn = new DateOnly(2026, 1, 5) },
                Title = organizationName + " assessment",
                Status = status,
                CreatedOn = new DateOnly(2026, 1, 5),
                CreatedBy = "seed",
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment;
        });

    public static string NewDatabasePath(string prefix) => Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>Migrates one file for the whole run; copying it is far cheaper than migrating for every test.</summary>
    private static async Task<string> CreateMigratedTemplateAsync()
    {
        var path = NewDatabasePath("sma-data-template");
        // No pooling, and a checkpoint: everything is in the one file that is copied.
        var services = new ServiceCollection().AddLogging()
            .AddAlignmentData(DatabaseOptions.Sqlite, _ => $"Data Source={path};Pooling=False").BuildServiceProvider();
        await using (services)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
            await db.MigrateAlignmentDatabaseAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteDatabase(path);
        return path;
    }

    /// <summary>A PostgreSQL database migrated once for the whole run; new databases are copied from it (CREATE DATABASE ... TEMPLATE).</summary>
    private static async Task<string> CreateMigratedPostgresTemplateAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var services = new ServiceCollection().AddLogging()
            .AddAlignmentData(DatabaseOptions.Postgres, _ => connectionString).BuildServiceProvider();
        await using (services)
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AlignmentDbContext>().MigrateAlignmentDatabaseAsync();
        }

        // A template must have no open connection while it is copied.
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return TestPostgres.DatabaseName(connectionString);
    }
}
