using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>
/// One app per test class (a host start costs far more than a test): the demo organization, plus an organization "Org A" with a
/// consultant and an executive, and a consultant of another organization.
/// </summary>
public class DashboardFixture : IAsyncLifetime
{
    public const string DemoPassword = "demo password 123";
    public const string Consultant = "carl@a.example";
    public const string Executive = "eve@a.example";
    public const string Outsider = "olga@b.example";

    /// <summary>Marketing's two respondents: a mean total of 79.5 and a statement-1 mean of 3.5, numbers that appear nowhere else.</summary>
    public static readonly int[] MarketingA = [5, .. Enumerable.Repeat(4, 19)];
    public static readonly int[] MarketingB = [2, .. Enumerable.Repeat(4, 19)];

    public DashboardFixture()
        : this(testServices: null)
    {
    }

    /// <param name="testServices">Services this app replaces or adds (AppFactory.TestServices).</param>
    protected DashboardFixture(Action<IServiceCollection>? testServices) =>
        App = new(new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Password"] = DemoPassword }) { TestServices = testServices };

    public AppFactory App { get; }

    public ApplicationUser ConsultantUser { get; private set; } = null!;
    public ApplicationUser ExecutiveUser { get; private set; } = null!;
    public ApplicationUser OutsiderUser { get; private set; } = null!;

    public int DemoAssessmentId { get; private set; }

    /// <summary>12 Sales (all answers 3) and 2 Marketing responses: Marketing is withheld under the default rule of 3.</summary>
    public Assessment Withheld { get; private set; } = null!;

    /// <summary>3 + 3 responses of all 4s: both Integrated, so the recommendation includes the checklist.</summary>
    public Assessment Integrated { get; private set; } = null!;

    /// <summary>One head and three staff per department (the minimum): all four perceptions shown.</summary>
    public Assessment FourPerceptions { get; private set; } = null!;

    /// <summary>An assessment of another organization.</summary>
    public Assessment Foreign { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConsultantUser = await App.CreateUserAsync(Consultant, Roles.Consultant);
        ExecutiveUser = await App.CreateUserAsync(Executive, Roles.Executive);
        OutsiderUser = await App.CreateUserAsync(Outsider, Roles.Consultant);
        DemoAssessmentId = await App.WithDbAsync(db => db.Assessments.Where(a => a.Title == DemoSeeder.AssessmentTitle).Select(a => a.Id).SingleAsync());

        Withheld = await App.CreateAssessmentAsync("Org A", AssessmentStatus.Closed, ConsultantUser, ExecutiveUser);
        var sales = Enumerable.Range(0, 12).Select(i => (Department.Sales, i == 0 ? RespondentRole.Head : RespondentRole.Staff, Enumerable.Repeat(3, 20).ToArray()));
        var marketing = new[] { (Department.Marketing, RespondentRole.Head, MarketingA), (Department.Marketing, RespondentRole.Staff, MarketingB) };
        await AddResponsesAsync(Withheld.Id, sales.Concat(marketing));

        Integrated = await AddAssessmentAsync(Withheld.OrganizationId, "Integrated round");
        await AddResponsesAsync(Integrated.Id, Enumerable.Range(0, 6).Select(i =>
            (i < 3 ? Department.Sales : Department.Marketing, RespondentRole.Staff, Enumerable.Repeat(4, 20).ToArray())));

        FourPerceptions = await AddAssessmentAsync(Withheld.OrganizationId, "Four perceptions round");
        await AddResponsesAsync(FourPerceptions.Id,
        [
            (Department.Sales, RespondentRole.Head, Enumerable.Repeat(5, 20).ToArray()),
            .. Enumerable.Range(0, 3).Select(_ => (Department.Sales, RespondentRole.Staff, Enumerable.Repeat(2, 20).ToArray())),
            (Department.Marketing, RespondentRole.Head, Enumerable.Repeat(4, 20).ToArray()),
            .. Enumerable.Range(0, 3).Select(_ => (Department.Marketing, RespondentRole.Staff, Enumerable.Repeat(3, 20).ToArray())),
        ]);

        Foreign = await App.CreateAssessmentAsync("Org B", AssessmentStatus.Closed, OutsiderUser);
        await AddResponsesAsync(Foreign.Id, Enumerable.Range(0, 6).Select(i =>
            (i < 3 ? Department.Sales : Department.Marketing, RespondentRole.Staff, Enumerable.Repeat(2, 20).ToArray())));
    }

    public async Task<HttpClient> SignedInAsync(string email, string password = AppFactory.Password)
    {
        var client = App.CreateBrowser();
        (await client.SignInAsync(email, password)).ShouldBeRedirect(because: "sign-in of " + email);
        // As a browser on this site's pages sends it: cookie-authenticated API writes must come from this origin.
        client.DefaultRequestHeaders.Add("Origin", "http://localhost");
        return client;
    }

    /// <summary>The domain's results computed from the stored rows (not the aggregate loader), for comparison.</summary>
    public async Task<AssessmentResults> ResultsFromRowsAsync(int assessmentId)
    {
        var rows = await App.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessmentId).ToListAsync());
        ResponseCounts Of(Department d) => ResponseCounts.FromAnswers(rows.Where(r => r.Department == d).Select(r => r.ToSurveyAnswers()));
        var minimum = await App.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.MinimumGroupSize).SingleAsync());
        return AssessmentResults.Compute(Of(Department.Sales), Of(Department.Marketing), new AnonymityRule(minimum));
    }

    private async Task<Assessment> AddAssessmentAsync(int organizationId, string title) =>
        await App.WithDbAsync(async db =>
        {
            var assessment = new Assessment
            {
                OrganizationId = organizationId,
                Title = title,
                Status = AssessmentStatus.Closed,
                CreatedOn = new DateOnly(2026, 2, 1),
                CreatedBy = ConsultantUser.Id,
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment;
        });

    private Task<int> AddResponsesAsync(int assessmentId, IEnumerable<(Department Department, RespondentRole Role, int[] Answers)> responses) =>
        App.WithDbAsync(async db =>
        {
            foreach (var (department, role, answers) in responses)
            {
                var response = new Response
                {
                    AssessmentId = assessmentId,
                    Department = department,
                    Role = role,
                    SubmittedOn = new DateOnly(2026, 2, 2),
                    SubmissionKey = Guid.NewGuid(),
                };
                response.SetAnswers(SurveyAnswers.Create(answers));
                db.Responses.Add(response);
            }

            return await db.SaveChangesAsync();
        });

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Statement count, to keep the magic number out of assertions.</summary>
    public static int Statements => Questionnaire.StatementCount;
}
