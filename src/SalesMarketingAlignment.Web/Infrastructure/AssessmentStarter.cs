using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// How an assessment is started, shared by the Create page and the API: open, dated today, with one random survey
/// link per department. The caller has already checked access and validated the input.
/// </summary>
public static class AssessmentStarter
{
    public static Assessment NewAssessment(
        int organizationId, string title, int minimumGroupSize, int? expectedSales, int? expectedMarketing, string createdBy, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(clock);
        return new Assessment
        {
            OrganizationId = organizationId,
            Title = title.Trim(),
            MinimumGroupSize = minimumGroupSize,
            ExpectedSales = expectedSales,
            ExpectedMarketing = expectedMarketing,
            Status = AssessmentStatus.Open,
            CreatedOn = clock.Today(),
            CreatedBy = createdBy,
            Links =
            [
                new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
            ],
        };
    }

    /// <summary>The absolute address respondents open: {scheme}://{host}{pathBase}/s/{token}.</summary>
    public static string SurveyUrl(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/s/{Uri.EscapeDataString(token)}";
    }
}
