using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Sqlite;

namespace SalesMarketingAlignment.Data;

/// <summary>
/// The application's database: Identity tables plus organizations, assessments, links and responses, and the Data
/// Protection keys (shared by every app instance, so a cookie or form from one instance is read by another).
/// </summary>
public class AlignmentDbContext(DbContextOptions<AlignmentDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<SurveyLink> SurveyLinks => Set<SurveyLink>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<AssessmentCondition> AssessmentConditions => Set<AssessmentCondition>();
    public DbSet<ChecklistTick> ChecklistTicks => Set<ChecklistTick>();
    public DbSet<ResponseTally> ResponseTallies => Set<ResponseTally>();
    public DbSet<RefreshTokenGrant> RefreshTokenGrants => Set<RefreshTokenGrant>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<MemberInvitation> MemberInvitations => Set<MemberInvitation>();
    public DbSet<ResponseExclusion> ResponseExclusions => Set<ResponseExclusion>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<FunnelTally> FunnelTallies => Set<FunnelTally>();

    /// <summary>The write-gate lease this context holds, if any (SQLite only; see <see cref="SqliteWriteGate"/>).</summary>
    internal WriteGateLease? WriteGateLease { get; set; }

    /// <summary>
    /// Every DateTime the app stores is UTC (the properties say so: ...Utc). SQLite hands them back without a kind, and
    /// PostgreSQL's timestamptz refuses a DateTime without one, so the kind is set on the way in and out.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AlignmentDbContext).Assembly);
    }

    /// <summary>
    /// Saves, and when responses were added, changed or deleted, brings their tallies up to date in the same transaction
    /// (its own when the caller has none), so results read from the tallies always match the rows.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var responses = ResponseTallyMaintenance.PendingResponses(ChangeTracker);
        if (responses.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            // Changes are accepted only after the tallies are written: until then the entries still say what was saved.
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken).ConfigureAwait(false);
            await ResponseTallyMaintenance.ApplyAsync(this, ResponseTallyMaintenance.Deltas(ChangeTracker, responses), cancellationToken).ConfigureAwait(false);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var responses = ResponseTallyMaintenance.PendingResponses(ChangeTracker);
        if (responses.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var ownTransaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var written = base.SaveChanges(acceptAllChangesOnSuccess: false);
        ResponseTallyMaintenance.Apply(this, ResponseTallyMaintenance.Deltas(ChangeTracker, responses));
        ownTransaction?.Commit();
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return written;
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
