using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>Whether each department's open (shared, reusable) link accepts answers.</summary>
public sealed record OpenLinks(bool Sales, bool Marketing);

/// <summary>
/// An assessment and the two links respondents open (absolute URLs), as the API and the page show it. The links are
/// null for readers who do not run the assessment (executives): with one they could answer for others (issue 11).
/// </summary>
public sealed record AssessmentSummary(
    int Id, int OrganizationId, string Title, string Status, int MinimumGroupSize, int? ExpectedSales, int? ExpectedMarketing,
    string? SalesSurveyUrl, string? MarketingSurveyUrl, string SurveyLanguage, OpenLinks OpenLinks, bool BuyingFunnel = false)
{
    /// <summary>The last day for answers ("YYYY-MM-DD", through the end of that day in UTC); null without a closing date.</summary>
    public DateOnly? ClosesOn { get; init; }

    /// <param name="assessment">With its <see cref="Assessment.Links"/> loaded.</param>
    /// <param name="request">The request, for the links' address.</param>
    /// <param name="showLinks">False for a reader of the organization (an executive): no survey URLs.</param>
    public static AssessmentSummary From(Assessment assessment, HttpRequest request, bool showLinks = true)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        string? UrlOf(Department department) => showLinks && assessment.OpenLinkEnabled(department)
            ? SurveyLinkUrl.For(request, assessment.Links.Single(l => l.Department == department).Token)
            : null;

        return new(
            assessment.Id,
            assessment.OrganizationId,
            assessment.Title,
            assessment.Status.ToString(),
            assessment.MinimumGroupSize,
            assessment.ExpectedSales,
            assessment.ExpectedMarketing,
            UrlOf(Department.Sales),
            UrlOf(Department.Marketing),
            assessment.SurveyLanguage,
            new OpenLinks(assessment.SalesOpenLink, assessment.MarketingOpenLink),
            assessment.BuyingFunnel)
        {
            ClosesOn = assessment.ClosesOn,
        };
    }
}

/// <summary>Reads one assessment with its survey links (the organization filter has checked that the caller may read it).</summary>
public sealed class GetAssessment(AlignmentDbContext db)
{
    /// <returns>The assessment with its links, untracked; null when there is none with this id.</returns>
    public Task<Assessment?> HandleAsync(int assessmentId, CancellationToken cancellationToken) =>
        db.Assessments.AsNoTracking().Include(a => a.Links).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
}
