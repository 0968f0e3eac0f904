using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.CreatedById).HasMaxLength(450);
        builder.HasIndex(u => u.CreatedById);
    }
}

internal sealed class RefreshTokenGrantConfiguration : IEntityTypeConfiguration<RefreshTokenGrant>
{
    public void Configure(EntityTypeBuilder<RefreshTokenGrant> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(RefreshTokenGrant.IdLength);
        builder.Property(t => t.FamilyId).HasMaxLength(RefreshTokenGrant.IdLength).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.UserId);
        builder.HasIndex(t => t.FamilyId);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(AuditEvent.KindMaxLength).IsRequired();
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.SubjectUserId).HasMaxLength(450);
        builder.Property(e => e.Detail).HasMaxLength(AuditEvent.DetailMaxLength);

        // No foreign keys: the trail outlives the accounts and organizations it names.
        builder.HasIndex(e => e.OccurredAtUtc);
    }
}

internal sealed class MemberInvitationConfiguration : IEntityTypeConfiguration<MemberInvitation>
{
    public void Configure(EntityTypeBuilder<MemberInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.InvitedById).HasMaxLength(450).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(MemberInvitation.TokenHashLength).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.OrganizationId, i.Email });
    }
}
