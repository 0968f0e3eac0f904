using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Data.Tests.Infrastructure;

/// <summary>
/// The data layer as the app registers it (<see cref="DataServiceCollectionExtensions.AddAlignmentData"/>), on its own
/// temporary SQLite file, without a web host. Each instance starts from a copy of one database migrated once per test
/// run, and runs the hosted services (the response writer) as the app would.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateMigratedTemplateAsync);

    public string DatabasePath { get; } = NewDatabasePath("sma-data-test");

    private string ConnectionString => $"Data Source={DatabasePath}";

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        File.Copy(await MigratedTemplate.Value, DatabasePath);
        Services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddAlignmentData(DatabaseOptions.Sqlite, _ => ConnectionString)
            .BuildServiceProvider();
        foreach (var service in Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var service in Services.GetServices<IHostedService>().Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
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
}
