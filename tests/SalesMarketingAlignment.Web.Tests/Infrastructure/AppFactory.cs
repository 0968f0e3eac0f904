using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Tests.Shared;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// The real app on its own temporary SQLite file; extra settings as configuration keys. Passwords are hashed with
/// <see cref="TestIterationCount"/> PBKDF2 iterations unless <see cref="ProductionPasswordHashing"/> is set.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    /// <summary>
    /// PBKDF2 iterations in tests: every sign-in and new account would otherwise pay the production 210,000 (~0.2 s
    /// each, more on a loaded machine). Hashes stay in the v3 format, so sign-in still verifies real hashes.
    /// </summary>
    public const int TestIterationCount = 1_000;

    private readonly Dictionary<string, string?> _settings;
    private SqliteConnection? _snapshot;

    public AppFactory(IDictionary<string, string?>? settings = null, string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"sma-test-{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _settings.TryAdd("ConnectionStrings:Default", $"Data Source={DatabasePath}");

        // As production should: name the host (the test server's), so absolute links may come from the request.
        _settings.TryAdd("AllowedHosts", "localhost");

        // Every test client shares one (absent) address, so the per-address limits would throttle whole test classes;
        // the rate-limit tests set their own small limits.
        _settings.TryAdd("RateLimits:SurveyResponsesPerMinute", "100000");
        _settings.TryAdd("RateLimits:SignInAttemptsPerMinute", "100000");
        _settings.TryAdd("RateLimits:OtherFormPostsPerMinute", "100000");
    }

    /// <summary>
    /// The app on a new PostgreSQL database of its own (<see cref="TestPostgres"/>), migrated at start-up as in
    /// production, and dropped with the factory.
    /// </summary>
    /// <param name="connectionString">A database made by <see cref="TestPostgres.CreateDatabaseAsync"/>; a new one when null.</param>
    public static AppFactory OnPostgres(IDictionary<string, string?>? settings = null, string? connectionString = null)
    {
        connectionString ??= TestPostgres.CreateDatabaseAsync().GetAwaiter().GetResult();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Database:Provider"] = DatabaseOptions.Postgres,
            ["ConnectionStrings:Default"] = connectionString,
        };
        return new AppFactory(all) { PostgresConnectionString = connectionString };
    }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string DatabasePath { get; }

    /// <summary>The database's connection string when the app runs on PostgreSQL; null on SQLite.</summary>
    public string? PostgresConnectionString { get; private init; }

    /// <summary>Keep the database file when disposing (to start the app again on it).</summary>
    public bool KeepDatabase { get; set; }

    /// <summary>Hash passwords as the app is configured to (no test override): for the test that checks that cost.</summary>
    public bool ProductionPasswordHashing { get; init; }

    /// <summary>Services replaced or added for this app only (after Program's own), e.g. the pseudo-language's.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (!ProductionPasswordHashing)
        {
            // Runs after Program's own Configure<PasswordHasherOptions>, so this value wins in tests only.
            builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestIterationCount));
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<AlignmentDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AlignmentDbContext>());
    }

    public async Task<ApplicationUser> CreateUserAsync(string email, string role, string password = Password)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await DatabaseStartup.CreateUserAsync(users, email, email.Split('@')[0], password, role);
        result.Succeeded.Should().BeTrue(string.Join(" ", result.Errors.Select(e => e.Description)));
        return (await users.FindByEmailAsync(email))!;
    }

    /// <summary>An organization with the given members and one assessment with its two links.</summary>
    public async Task<Assessment> CreateAssessmentAsync(string organizationName, AssessmentStatus status = AssessmentStatus.Open, params ApplicationUser[] members)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var organization = new Organization
        {
            Name = organizationName,
            CreatedOn = new DateOnly(2026, 1, 5),
            Members = members.Select(m => new OrganizationMember { UserId = m.Id }).ToList(),
        };
        var assessment = new Assessment
        {
            Organization = organization,
            Title = organizationName + " assessment",
            Status = status,
            CreatedOn = new DateOnly(2026, 1, 5),
            CreatedBy = members.FirstOrDefault()?.Id ?? "seed",
            Links =
            [
                new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
            ],
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment;
    }

    /// <summary>Copies the database as it is now into memory, for <see cref="RestoreDatabase"/>.</summary>
    public void SnapshotDatabase()
    {
        if (PostgresConnectionString is not null)
        {
            throw new NotSupportedException("Snapshots use SQLite's backup API: on PostgreSQL, give each test its own app.");
        }

        _ = Server;
        _snapshot?.Dispose();
        _snapshot = new SqliteConnection("Data Source=:memory:");
        _snapshot.Open();
        using var live = OpenLiveDatabase();
        live.BackupDatabase(_snapshot);
    }

    /// <summary>
    /// Puts the database back as <see cref="SnapshotDatabase"/> found it, in place (SQLite's backup API), so the
    /// running app keeps its file and connections. Call only while no request is in flight.
    /// </summary>
    public void RestoreDatabase()
    {
        if (_snapshot is null)
        {
            throw new InvalidOperationException("No snapshot: call SnapshotDatabase first.");
        }

        using var live = OpenLiveDatabase();
        _snapshot.BackupDatabase(live);
    }

    private SqliteConnection OpenLiveDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _snapshot?.Dispose();
            _snapshot = null;
        }

        if (disposing && PostgresConnectionString is not null)
        {
            TestPostgres.DropDatabaseAsync(PostgresConnectionString).GetAwaiter().GetResult();
            return;
        }

        if (disposing && !KeepDatabase)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}
