using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class ResponseExclusionConfiguration : IEntityTypeConfiguration<ResponseExclusion>
{
    public void Configure(EntityTypeBuilder<ResponseExclusion> builder)
    {
        builder.HasOne<Assessment>().WithMany().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Answers).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(ResponseExclusion.ReasonMaxLength).IsRequired();
        builder.Property(e => e.ExcludedBy).HasMaxLength(450).IsRequired();

        // One exclusion per response; the key lookup keeps a late retry of a voided form from storing it again.
        builder.HasIndex(e => new { e.AssessmentId, e.ResponseId }).IsUnique();
        builder.HasIndex(e => new { e.AssessmentId, e.SubmissionKey });
    }
}
