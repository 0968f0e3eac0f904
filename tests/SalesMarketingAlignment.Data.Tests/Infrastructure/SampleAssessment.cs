using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Tests.Infrastructure;

/// <summary>
/// A closed assessment of realistic, deterministic responses (like the app's demo data, which lives in the web
/// project): 12 Sales and 8 Marketing, one head in each, Sales a little more positive than Marketing.
/// </summary>
public static class SampleAssessment
{
    public const string OrganizationName = "Sample Manufacturing Ltd";
    public const string Title = "Sample round";
    public const int SalesResponses = 12;
    public const int MarketingResponses = 8;

    /// <summary>Adds the organization, the assessment and its responses in one SaveChanges; returns the assessment id.</summary>
    public static Task<int> SeedAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.WithDbAsync(async db =>
        {
            var assessment = new Assessment
            {
                Organization = new Organization { Name = OrganizationName, CreatedOn = new DateOnly(2026, 2, 1) },
                Title = Title,
                Status = AssessmentStatus.Closed,
                CreatedOn = new DateOnly(2026, 2, 1),
                ClosedOn = new DateOnly(2026, 2, 20),
                CreatedBy = "seed",
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            assessment.Responses.AddRange(Responses(new DateOnly(2026, 2, 2)));
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        });
    }

    /// <summary>The sample responses, not yet attached to an assessment: the same every time (seeded).</summary>
    public static IReadOnlyList<Response> Responses(DateOnly submittedFrom)
    {
        var random = new Random(2006);
        var responses = new List<Response>();
        for (var i = 0; i < SalesResponses + MarketingResponses; i++)
        {
            var department = i < SalesResponses ? Department.Sales : Department.Marketing;
            var mean = department == Department.Sales ? 3.4 : 2.7;
            var answers = Enumerable.Range(0, Questionnaire.StatementCount)
                .Select(_ => Math.Clamp((int)Math.Round(mean + (random.NextDouble() * 2.0) - 1.0, MidpointRounding.AwayFromZero), AnswerScale.Minimum, AnswerScale.Maximum))
                .ToArray();
            var response = new Response
            {
                Department = department,
                Role = i is 0 or SalesResponses ? RespondentRole.Head : RespondentRole.Staff,
                SubmittedOn = submittedFrom.AddDays(i % 10),
                SubmissionKey = Guid.NewGuid(),
            };
            response.SetAnswers(SurveyAnswers.Create(answers));
            responses.Add(response);
        }

        return responses;
    }
}
