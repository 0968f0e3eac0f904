using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>
/// An assessment and the two links respondents open (absolute URLs), as the API and the page show it. The links are
/// null for readers who do not run the assessment (executives): with one they could answer for others (issue 11).
/// </summary>
public sealed record AssessmentSummary(
    int Id, int OrganizationId, string Title, string Status, int MinimumGroupSize, int? ExpectedSales, int? ExpectedMarketing,
    string? SalesSurveyUrl, string? MarketingSurveyUrl, string SurveyLanguage)
{
    /// <summary>The summary without the survey links, for executives.</summary>
    public AssessmentSummary WithoutLinks() => this with { SalesSurveyUrl = null, MarketingSurveyUrl = null };

    /// <param name="assessment">With its <see cref="Assessment.Links"/> loaded.</param>
    public static AssessmentSummary From(Assessment assessment, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new(
            assessment.Id,
            assessment.OrganizationId,
            assessment.Title,
            assessment.Status.ToString(),
            assessment.MinimumGroupSize,
            assessment.ExpectedSales,
            assessment.ExpectedMarketing,
            SurveyLinkUrl.For(request, assessment.Links.Single(l => l.Department == Department.Sales).Token),
            SurveyLinkUrl.For(request, assessment.Links.Single(l => l.Department == Department.Marketing).Token),
            assessment.SurveyLanguage);
    }
}

/// <summary>Reads one assessment with its survey links (the organization filter has checked that the caller may read it).</summary>
public sealed class GetAssessment(AlignmentDbContext db)
{
    /// <returns>The assessment with its links, untracked; null when there is none with this id.</returns>
    public Task<Assessment?> HandleAsync(int assessmentId, CancellationToken cancellationToken) =>
        db.Assessments.AsNoTracking().Include(a => a.Links).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
}
