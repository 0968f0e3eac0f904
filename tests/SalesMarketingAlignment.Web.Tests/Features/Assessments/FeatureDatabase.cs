using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

/// <summary>The app's real SQLite database (migrated at start-up), for calling the use case handlers directly.</summary>
public sealed class FeatureDatabase : IDisposable
{
    public AppFactory App { get; } = new();

    /// <summary>A fresh context in its own scope; dispose the scope when done.</summary>
    public (IServiceScope Scope, AlignmentDbContext Db) NewContext()
    {
        var scope = App.Services.CreateScope();
        return (scope, scope.ServiceProvider.GetRequiredService<AlignmentDbContext>());
    }

    /// <summary>A new organization with one open assessment of its own.</summary>
    public Task<Assessment> NewAssessmentAsync() => App.CreateAssessmentAsync("Org " + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() => App.Dispose();
}

/// <summary>A clock that stays where it is set.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
