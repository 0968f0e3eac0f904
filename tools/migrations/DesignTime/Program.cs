using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesMarketingAlignment.Data;

// Nothing to run: this project exists so `dotnet ef` has a start-up project with Microsoft.EntityFrameworkCore.Design.
Console.WriteLine("Use tools/migrations/add-migration.sh <Name>.");

/// <summary>Builds the context for scaffolding; the database path is irrelevant (migrations add does not connect).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AlignmentDbContext>
{
    public AlignmentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AlignmentDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
