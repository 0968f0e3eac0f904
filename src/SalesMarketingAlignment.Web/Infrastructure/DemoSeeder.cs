using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// Demo mode (--demo or Demo:Enabled): a demo organization with a closed assessment of deterministic, realistic
/// responses, and demo consultant and executive accounts. Idempotent: runs at every start, adds only what is missing.
/// </summary>
public sealed partial class DemoSeeder(
    AlignmentDbContext db, UserManager<ApplicationUser> users, IOptions<DemoOptions> options, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string OrganizationName = "Demo Manufacturing Ltd";
    public const string AssessmentTitle = "Sales and Marketing alignment, spring";
    public const string ConsultantEmail = "consultant@demo.example";
    public const string ExecutiveEmail = "executive@demo.example";
    public const int SalesResponses = 12;
    public const int MarketingResponses = 8;

    /// <summary>Statements on which Sales sees the relationship clearly better than Marketing does.</summary>
    public static IReadOnlyList<int> SalesHigherStatements { get; } = [2, 5, 9, 14, 17];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var configured = options.Value.Password;
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var consultant = await EnsureUserAsync(ConsultantEmail, "Demo Consultant", Roles.Consultant, password);
        var executive = await EnsureUserAsync(ExecutiveEmail, "Demo Executive", Roles.Executive, password);

        var organization = await db.Organizations.Include(o => o.Members).FirstOrDefaultAsync(o => o.Name == OrganizationName, cancellationToken);
        var today = clock.Today();
        if (organization is null)
        {
            organization = new Organization { Name = OrganizationName, CreatedOn = today.AddDays(-30) };
            db.Organizations.Add(organization);
        }

        foreach (var member in new[] { consultant, executive })
        {
            if (!organization.Members.Any(m => m.UserId == member.Id))
            {
                organization.Members.Add(new OrganizationMember { UserId = member.Id });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        if (!await db.Assessments.AnyAsync(a => a.OrganizationId == organization.Id && a.Title == AssessmentTitle, cancellationToken))
        {
            var assessment = new Assessment
            {
                OrganizationId = organization.Id,
                Title = AssessmentTitle,
                MinimumGroupSize = Assessment.MinimumGroupSizeDefault,
                ExpectedSales = 14,
                ExpectedMarketing = 9,
                Status = AssessmentStatus.Closed,
                CreatedOn = today.AddDays(-21),
                ClosedOn = today.AddDays(-7),
                CreatedBy = consultant.Id,
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            assessment.Responses.AddRange(DemoResponses(assessment.CreatedOn));
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync(cancellationToken);
        }

        LogDemoAccounts(logger, ConsultantEmail, ExecutiveEmail, string.IsNullOrEmpty(configured) ? password : "(Demo:Password)");
    }

    /// <summary>The demo responses: same every time (seeded), Sales more positive than Marketing on some statements.</summary>
    public static IReadOnlyList<Response> DemoResponses(DateOnly startedOn)
    {
        var random = new Random(2006);
        var responses = new List<Response>();
        for (var i = 0; i < SalesResponses + MarketingResponses; i++)
        {
            var department = i < SalesResponses ? Department.Sales : Department.Marketing;
            var role = i is 0 or SalesResponses ? RespondentRole.Head : RespondentRole.Staff;
            var answers = new int[Questionnaire.StatementCount];
            for (var n = 1; n <= Questionnaire.StatementCount; n++)
            {
                var mean = department == Department.Sales
                    ? (SalesHigherStatements.Contains(n) ? 4.0 : 3.0)
                    : (SalesHigherStatements.Contains(n) ? 2.2 : 2.8);
                var noise = random.NextDouble() * 2.0 - 1.0;
                answers[n - 1] = Math.Clamp((int)Math.Round(mean + noise, MidpointRounding.AwayFromZero), AnswerScale.Minimum, AnswerScale.Maximum);
            }

            var response = new Response
            {
                Department = department,
                Role = role,
                SubmittedOn = startedOn.AddDays(1 + (i % 10)),
                SubmissionKey = new Guid(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16)),
            };
            response.SetAnswers(SurveyAnswers.Create(answers));
            responses.Add(response);
        }

        return responses;
    }

    private async Task<ApplicationUser> EnsureUserAsync(string email, string displayName, string role, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var result = await DatabaseStartup.CreateUserAsync(users, email, displayName, password, role);
            ThrowIfFailed(result);
            return (await users.FindByEmailAsync(email))!;
        }

        // A password printed at this start must work: set it again.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        ThrowIfFailed(await users.ResetPasswordAsync(user, token, password));
        return user;
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static string GeneratePassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Demo mode. Sign in as consultant {ConsultantEmail} or executive {ExecutiveEmail} with the password: {Password}")]
    private static partial void LogDemoAccounts(ILogger logger, string consultantEmail, string executiveEmail, string password);
}
