using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// Demo mode (--demo or Demo:Enabled): a demo organization with two closed rounds of deterministic, realistic
/// responses (so the trend has two points), the conditions assessed on the latest round (so it shows a recommendation),
/// a few Integration Checklist ticks, and demo administrator, consultant and executive accounts (with an administrator
/// the demo opens on sign-in, and nobody else can claim the first-run set-up). Idempotent: runs at every start, adds
/// only what is missing.
/// </summary>
public sealed partial class DemoSeeder(
    AlignmentDbContext db, UserManager<ApplicationUser> users, IOptions<DemoOptions> options, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string OrganizationName = "Demo Manufacturing Ltd";
    public const string AssessmentTitle = "Sales and Marketing alignment, spring";
    public const string ConsultantEmail = "consultant@demo.example";
    public const string ExecutiveEmail = "executive@demo.example";
    public const string AdministratorEmail = "admin@demo.example";

    /// <summary>The earlier round, half a year before: lower on both sides, so the trend rises.</summary>
    public const string EarlierAssessmentTitle = "Sales and Marketing alignment, autumn";

    /// <summary>What the consultant found on the latest round: the market is commoditizing (a reason to tighten).</summary>
    public static IReadOnlyList<string> DemoConditionIds { get; } = ["market-commoditized"];

    /// <summary>Checklist tasks already done in the demo organization.</summary>
    public static IReadOnlyList<string> DemoTickedTaskIds { get; } = [.. IntegrationChecklist.Tasks.Take(3).Select(t => t.Id)];
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
        await EnsureUserAsync(AdministratorEmail, "Demo Administrator", Roles.Administrator, password);

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

        await EnsureRoundAsync(organization.Id, EarlierAssessmentTitle, consultant.Id, today.AddDays(-200), today.AddDays(-186), shift: -0.5, seed: 2005, cancellationToken);
        var latest = await EnsureRoundAsync(organization.Id, AssessmentTitle, consultant.Id, today.AddDays(-21), today.AddDays(-7), shift: 0, seed: 2006, cancellationToken);
        if (latest is not null)
        {
            latest.ReplaceConditions(DemoConditionIds, consultant.Id, today.AddDays(-6));
            await DemoBuyingFunnel.SeedAsync(db, latest, cancellationToken);
        }

        foreach (var taskId in DemoTickedTaskIds)
        {
            if (!await db.ChecklistTicks.AnyAsync(t => t.OrganizationId == organization.Id && t.TaskId == taskId, cancellationToken))
            {
                db.ChecklistTicks.Add(new ChecklistTick { OrganizationId = organization.Id, TaskId = taskId, TickedBy = consultant.Id, TickedOn = today.AddDays(-5) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedActionPlanAsync(organization.Id, consultant, executive, today, cancellationToken);
        await DemoPortfolio.SeedAsync(db, consultant.Id, today, cancellationToken);

        LogDemoAccounts(logger, ConsultantEmail, ExecutiveEmail, string.IsNullOrEmpty(configured) ? password : "(Demo:Password)");
    }

    /// <returns>The new round, or null when it already exists (nothing is changed then).</returns>
    private async Task<Assessment?> EnsureRoundAsync(
        int organizationId, string title, string createdBy, DateOnly createdOn, DateOnly closedOn, double shift, int seed, CancellationToken cancellationToken)
    {
        if (await db.Assessments.AnyAsync(a => a.OrganizationId == organizationId && a.Title == title, cancellationToken))
        {
            return null;
        }

        var assessment = new Assessment
        {
            OrganizationId = organizationId,
            Title = title,
            MinimumGroupSize = Assessment.MinimumGroupSizeDefault,
            ExpectedSales = 14,
            ExpectedMarketing = 9,
            Status = AssessmentStatus.Closed,
            CreatedOn = createdOn,
            ClosedOn = closedOn,
            CreatedBy = createdBy,
            Links =
            [
                new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
            ],
        };
        assessment.Responses.AddRange(DemoResponses(createdOn, shift, seed));
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    /// <summary>The demo responses: same every time (seeded), Sales more positive than Marketing on some statements.</summary>
    /// <param name="shift">Added to every mean answer (an earlier, weaker round has a negative shift).</param>
    public static IReadOnlyList<Response> DemoResponses(DateOnly startedOn, double shift = 0, int seed = 2006)
    {
        var random = new Random(seed);
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
                mean += shift;
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
