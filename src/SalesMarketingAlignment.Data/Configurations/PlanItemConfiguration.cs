using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.Property(p => p.ItemKey).HasMaxLength(PlanItem.KeyMaxLength).IsRequired();
        builder.Property(p => p.OwnerUserId).HasMaxLength(450);
        builder.Property(p => p.OwnerName).HasMaxLength(PlanItem.OwnerNameMaxLength);
        builder.Property(p => p.Note).HasMaxLength(PlanItem.NoteMaxLength);
        builder.Property(p => p.UpdatedBy).HasMaxLength(450).IsRequired();

        // One entry per item of an assessment's plan.
        builder.HasIndex(p => new { p.AssessmentId, p.Kind, p.ItemKey }).IsUnique();
        builder.HasOne(p => p.Assessment).WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Cascade);

        // A deleted account leaves the item without an owner rather than blocking the deletion.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_PlanItems_Kind", "\"Kind\" IN (1, 2)");
            t.HasCheckConstraint("CK_PlanItems_Status", "\"Status\" BETWEEN 1 AND 4");
        });
    }
}
