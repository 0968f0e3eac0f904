using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class FunnelTallyConfiguration : IEntityTypeConfiguration<FunnelTally>
{
    public void Configure(EntityTypeBuilder<FunnelTally> builder)
    {
        // The key is the upsert's conflict target (SubmissionStatements) and one assessment's rows are one slice of it.
        builder.HasKey(t => new { t.AssessmentId, t.Department, t.Stage, t.Lead });
        builder.HasOne<Assessment>().WithMany().HasForeignKey(t => t.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_FunnelTallies_StageLead",
            "(\"Stage\" = 0 AND \"Lead\" = 0) OR (\"Stage\" BETWEEN 1 AND 8 AND \"Lead\" BETWEEN 1 AND 4)"));
    }
}
