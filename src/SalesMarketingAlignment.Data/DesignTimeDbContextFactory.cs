using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesMarketingAlignment.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context from this project alone. Scaffolding never connects, so the
/// data source is a placeholder.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AlignmentDbContext>
{
    public AlignmentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AlignmentDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
