using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Assessment.TitleMaxLength).IsRequired();
        builder.Property(a => a.CreatedBy).HasMaxLength(450).IsRequired();
        builder.Property(a => a.MinimumGroupSize).HasDefaultValue(Assessment.MinimumGroupSizeDefault);
        builder.Ignore(a => a.IsOpen);

        // Existing assessments keep their open links on (default true); false must then be written explicitly, so
        // the sentinel (the value EF leaves to the default) is true, not the CLR default false.
        builder.Property(a => a.SalesOpenLink).HasDefaultValue(true).HasSentinel(true);
        builder.Property(a => a.MarketingOpenLink).HasDefaultValue(true).HasSentinel(true);
        builder.Ignore(a => a.ConditionsAssessed);

        // Rows from before decision 0013 read false (their heads stay inside the minimum-group rule); new rows are
        // written true from the CLR default. Writing false explicitly also lands on the column default.
        builder.Property(a => a.HeadsToldOfHeadsView).HasDefaultValue(false);
        builder.Ignore(a => a.FiguresReleased);
        builder.Property(a => a.FiguresReleasedBy).HasMaxLength(450);
        builder.Property(a => a.ConditionsAssessedBy).HasMaxLength(450);
        builder.Property(a => a.SurveyLanguage).HasMaxLength(Assessment.SurveyLanguageMaxLength).IsRequired()
            .HasDefaultValue(Assessment.DefaultSurveyLanguage);
        builder.HasOne(a => a.Organization).WithMany(o => o.Assessments).HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.OrganizationId);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Assessments_MinimumGroupSize",
            $"\"MinimumGroupSize\" BETWEEN {Assessment.MinimumGroupSizeLowest} AND {Assessment.MinimumGroupSizeHighest}"));
    }
}

internal sealed class AssessmentConditionConfiguration : IEntityTypeConfiguration<AssessmentCondition>
{
    public void Configure(EntityTypeBuilder<AssessmentCondition> builder)
    {
        builder.HasKey(c => new { c.AssessmentId, c.ConditionId });
        builder.Property(c => c.ConditionId).HasMaxLength(64);
        builder.HasOne<Assessment>().WithMany(a => a.Conditions).HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyLinkConfiguration : IEntityTypeConfiguration<SurveyLink>
{
    public void Configure(EntityTypeBuilder<SurveyLink> builder)
    {
        builder.Property(l => l.Token).HasMaxLength(SurveyLink.TokenMaxLength).IsRequired();
        builder.HasIndex(l => l.Token).IsUnique();
        builder.HasIndex(l => new { l.AssessmentId, l.Department }).IsUnique();
        builder.HasOne(l => l.Assessment).WithMany(a => a.Links).HasForeignKey(l => l.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
