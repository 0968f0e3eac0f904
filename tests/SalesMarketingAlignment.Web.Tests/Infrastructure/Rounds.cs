using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>Organizations with several rounds of chosen answers, for the change and portfolio tests.</summary>
internal static class Rounds
{
    public static async Task<int> OrganizationAsync(AppFactory app, string name, params ApplicationUser[] members) =>
        await app.WithDbAsync(async db =>
        {
            var organization = new Organization
            {
                Name = name,
                CreatedOn = new DateOnly(2026, 1, 1),
                Members = members.Select(m => new OrganizationMember { UserId = m.Id }).ToList(),
            };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

    /// <summary>A round with the given answers (each array is one respondent's 20 answers), closed on its start day when <paramref name="closed"/>.</summary>
    public static async Task<int> RoundAsync(
        AppFactory app, int organizationId, string title, DateOnly createdOn, bool closed, int[][] sales, int[][] marketing, int minimumGroupSize = 3) =>
        await app.WithDbAsync(async db =>
        {
            var assessment = new Assessment
            {
                OrganizationId = organizationId,
                Title = title,
                MinimumGroupSize = minimumGroupSize,
                Status = closed ? AssessmentStatus.Closed : AssessmentStatus.Open,
                CreatedOn = createdOn,
                ClosedOn = closed ? createdOn.AddDays(10) : null,
                CreatedBy = "seed",
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            foreach (var (department, answers) in sales.Select(a => (Department.Sales, a)).Concat(marketing.Select(a => (Department.Marketing, a))))
            {
                var response = new Response
                {
                    Department = department,
                    Role = RespondentRole.Staff,
                    SubmittedOn = createdOn.AddDays(1),
                    SubmissionKey = Guid.NewGuid(),
                };
                response.SetAnswers(SurveyAnswers.Create(answers));
                assessment.Responses.Add(response);
            }

            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        });

    /// <summary><paramref name="count"/> respondents who answer every statement <paramref name="value"/>.</summary>
    public static int[][] All(int value, int count) => Enumerable.Range(0, count).Select(_ => Enumerable.Repeat(value, 20).ToArray()).ToArray();

    /// <summary>One respondent: every statement <paramref name="value"/> except statement 1.</summary>
    public static int[] FirstThen(int first, int value) => [first, .. Enumerable.Repeat(value, 19)];
}
