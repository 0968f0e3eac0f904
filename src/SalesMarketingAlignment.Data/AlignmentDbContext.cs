using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Sqlite;

namespace SalesMarketingAlignment.Data;

/// <summary>The application's database: Identity tables plus organizations, assessments, links and responses.</summary>
public class AlignmentDbContext(DbContextOptions<AlignmentDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<SurveyLink> SurveyLinks => Set<SurveyLink>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<AssessmentCondition> AssessmentConditions => Set<AssessmentCondition>();
    public DbSet<ChecklistTick> ChecklistTicks => Set<ChecklistTick>();

    /// <summary>The write-gate lease this context holds, if any (SQLite only; see <see cref="SqliteWriteGate"/>).</summary>
    internal WriteGateLease? WriteGateLease { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AlignmentDbContext).Assembly);
    }

#pragma warning disable CA1816 // DbContext's own Dispose handles finalization; this only adds a release.
    public override void Dispose()
    {
        // A transaction disposed without commit or rollback raises no interceptor event: release here at the latest.
        WriteGateLease?.Release();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        WriteGateLease?.Release();
        return base.DisposeAsync();
    }
#pragma warning restore CA1816
}
