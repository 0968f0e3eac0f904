using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class ResponseTallyConfiguration : IEntityTypeConfiguration<ResponseTally>
{
    public void Configure(EntityTypeBuilder<ResponseTally> builder)
    {
        // The key is the upsert's conflict target (ResponseTallyMaintenance.ApplyAsync) and the read's range: one assessment's
        // tallies are one contiguous slice of the index.
        builder.HasKey(t => new { t.AssessmentId, t.Department, t.Role, t.Item, t.Value });
        builder.HasOne<Assessment>().WithMany().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        // No CHECK on Count >= 0: SQLite checks the proposed row of an upsert before it finds the conflict, so a
        // decrement (a negative delta) would be refused. A negative count is caught when read (ResponseCounts.FromCounts).
        builder.ToTable(t =>
        {
            t.HasCheckConstraint(
                "CK_ResponseTallies_ItemValue",
                "(\"Item\" = 0 AND \"Value\" BETWEEN 20 AND 100) OR (\"Item\" BETWEEN 1 AND 20 AND \"Value\" BETWEEN 1 AND 5)");
        });
    }
}
