using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public const int NameMaxLength = 200;

    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(NameMaxLength).IsRequired();
    }
}

internal sealed class OrganizationMemberConfiguration : IEntityTypeConfiguration<OrganizationMember>
{
    public void Configure(EntityTypeBuilder<OrganizationMember> builder)
    {
        builder.HasKey(m => new { m.OrganizationId, m.UserId });
        builder.HasOne(m => m.Organization).WithMany(o => o.Members).HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class ChecklistTickConfiguration : IEntityTypeConfiguration<ChecklistTick>
{
    public void Configure(EntityTypeBuilder<ChecklistTick> builder)
    {
        builder.HasKey(t => new { t.OrganizationId, t.TaskId });
        builder.Property(t => t.TaskId).HasMaxLength(64);
        builder.Property(t => t.TickedBy).HasMaxLength(450).IsRequired();
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
