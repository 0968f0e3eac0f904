using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Web.Features.Survey;

/// <summary>What a survey link leads to: the assessment, the department it is for, and whether it still accepts answers.</summary>
public sealed record SurveyLinkInfo(int AssessmentId, Department Department, bool IsOpen)
{
    /// <summary>The department's name in the current UI culture.</summary>
    public string DepartmentName => AlignmentWording.DepartmentName(Department);
}

/// <summary>The one lookup of a survey token, for the form, the submission and the thank-you page alike.</summary>
internal static class SurveyLinks
{
    /// <summary>The link behind <paramref name="token"/>, or null when there is none (also for an empty or overlong token, which never reaches the database).</summary>
    public static async Task<SurveyLinkInfo?> FindAsync(AlignmentDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > SurveyLink.TokenMaxLength)
        {
            return null;
        }

        return await db.SurveyLinks.AsNoTracking()
            .Where(l => l.Token == token)
            .Select(l => new SurveyLinkInfo(l.AssessmentId, l.Department, l.Assessment!.Status == AssessmentStatus.Open))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
