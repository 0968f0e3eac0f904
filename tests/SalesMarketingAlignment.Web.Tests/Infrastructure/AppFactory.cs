using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>The real app on its own temporary SQLite file; extra settings as configuration keys.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly Dictionary<string, string?> _settings;

    public AppFactory(IDictionary<string, string?>? settings = null, string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"sma-test-{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
        };
    }

    public string DatabasePath { get; }

    /// <summary>Keep the database file when disposing (to start the app again on it).</summary>
    public bool KeepDatabase { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
