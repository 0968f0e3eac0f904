using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesMarketingAlignment.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add --project src/SalesMarketingAlignment.Data.Postgres</c> build the context for
/// PostgreSQL. Scaffolding never connects, so the host is a placeholder.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AlignmentDbContext>
{
    public AlignmentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AlignmentDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsAssembly(DataServiceCollectionExtensions.PostgresMigrationsAssembly))
            .Options);
}
