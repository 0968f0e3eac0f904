using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        // Deliberately no relation to Response (decision 0009): only the assessment.
        builder.HasOne<Assessment>().WithMany().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Token).HasMaxLength(SurveyLink.TokenMaxLength).IsRequired();
        builder.HasIndex(i => i.Token).IsUnique();
        builder.Property(i => i.Email).HasMaxLength(Invitation.EmailMaxLength);
        builder.Property(i => i.Name).HasMaxLength(Invitation.NameMaxLength);
        builder.Property(i => i.SendError).HasMaxLength(Invitation.SendErrorMaxLength);
        builder.Ignore(i => i.IsUsed);

        // Participation counts group by assessment, department and role.
        builder.HasIndex(i => new { i.AssessmentId, i.Department, i.Role });
    }
}
