using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>The body of PUT /assessments/{id}: the open links and the Buying Funnel part can be changed; fields left out stay as they are.</summary>
public sealed class UpdateAssessmentRequest
{
    /// <summary>Whether each department's open link accepts answers.</summary>
    public OpenLinks? OpenLinks { get; set; }

    /// <summary>Whether the survey asks the optional Buying Funnel part (answers already given stay counted).</summary>
    public bool? BuyingFunnel { get; set; }
}

/// <summary>
/// Switches the departments' open (shared, reusable) links on or off for an assessment the caller may change. An open
/// link lets one person answer several times, so the minimum group size cannot be guaranteed while it is on; personal
/// invitations are unaffected.
/// </summary>
public sealed class SetOpenLinks(AlignmentDbContext db)
{
    /// <returns>The assessment with its links; null when there is none.</returns>
    public async Task<Assessment?> HandleAsync(int assessmentId, OpenLinks openLinks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(openLinks);
        var assessment = await db.Assessments.Include(a => a.Links).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
        {
            return null;
        }

        assessment.SetOpenLink(Department.Sales, openLinks.Sales);
        assessment.SetOpenLink(Department.Marketing, openLinks.Marketing);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    /// <summary>Switches one department's open link (the Invitations page's toggle).</summary>
    public async Task<bool> HandleAsync(int assessmentId, Department department, bool enabled, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
        {
            return false;
        }

        assessment.SetOpenLink(department, enabled);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
