using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// Six more demo clients of the demo consultant, each with a round of its own (closed, released or open, higher or
/// lower), so the portfolio has enough clients for its percentile columns. The demo executive belongs to none of them.
/// Idempotent: adds only the clients that are missing.
/// </summary>
public static class DemoPortfolio
{
    /// <summary>Client name, round shift (added to every mean answer), status, and whether the consultant assessed the conditions.</summary>
    public static IReadOnlyList<(string Name, double Shift, AssessmentStatus Status, bool Released, int Seed)> Clients { get; } =
    [
        ("Northwind Logistics", -1.0, AssessmentStatus.Closed, false, 3101),
        ("Contoso Foods", -0.4, AssessmentStatus.Closed, false, 3102),
        ("Fabrikam Tools", 0.3, AssessmentStatus.Closed, false, 3103),
        ("Tailspin Travel", 0.8, AssessmentStatus.Closed, false, 3104),
        ("Adventure Works Cycles", 0.1, AssessmentStatus.Open, true, 3105),
        ("Litware Software", -0.7, AssessmentStatus.Open, false, 3106),
    ];

    public const string RoundTitle = "Sales and Marketing alignment, baseline";

    public static async Task SeedAsync(AlignmentDbContext db, string consultantId, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var (name, shift, status, released, seed) in Clients)
        {
            if (await db.Organizations.AnyAsync(o => o.Name == name, cancellationToken))
            {
                continue;
            }

            var organization = Organization.Create(name, consultantId, today.AddDays(-60));
            var createdOn = today.AddDays(-40 + seed % 10);
            var assessment = new Assessment
            {
                Organization = organization,
                Title = RoundTitle,
                MinimumGroupSize = Assessment.MinimumGroupSizeDefault,
                ExpectedSales = 14,
                ExpectedMarketing = 10,
                Status = status,
                CreatedOn = createdOn,
                ClosedOn = status == AssessmentStatus.Closed ? createdOn.AddDays(14) : null,
                CreatedBy = consultantId,
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            if (released)
            {
                assessment.ReleaseFigures(consultantId, new DateTimeOffset(createdOn.AddDays(10), TimeOnly.MinValue, TimeSpan.Zero));
            }

            assessment.Responses.AddRange(DemoSeeder.DemoResponses(createdOn, shift, seed));
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
