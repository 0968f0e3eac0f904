using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Tests.Pdf;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Reports;

/// <summary>Users, organizations and responses created once for the class (password hashing is slow).</summary>
public sealed class ReportDownloadFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 9, 23, 30, 0, TimeSpan.Zero);

    public AppFactory App { get; } = new();

    public WebApplicationFactory<Program> Clocked { get; private set; } = null!;

    public Assessment Shown { get; private set; } = null!;

    public Assessment Withheld { get; private set; } = null!;

    public Assessment Foreign { get; private set; } = null!;

    /// <summary>The Marketing responses of <see cref="Withheld"/>, which the anonymity rule hides.</summary>
    public IReadOnlyList<Response> WithheldMarketing { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var alice = await App.CreateUserAsync("alice@a.example", Roles.Consultant);
        var eve = await App.CreateUserAsync("eve@a.example", Roles.Executive);
        var bob = await App.CreateUserAsync("bob@b.example", Roles.Consultant);
        Shown = await App.CreateAssessmentAsync("Nordlicht Söhne & Co. KG", AssessmentStatus.Closed, alice, eve);
        Withheld = await App.CreateAssessmentAsync("Small Team Ltd", AssessmentStatus.Closed, alice);
        Foreign = await App.CreateAssessmentAsync("Other Tenant Inc", AssessmentStatus.Closed, bob);

        var demo = DemoSeeder.DemoResponses(new DateOnly(2026, 2, 1));
        WithheldMarketing = demo.Where(r => r.Department == Department.Marketing).Take(2).ToArray();
        await App.WithDbAsync(async db =>
        {
            void Add(int assessmentId, IEnumerable<Response> responses)
            {
                foreach (var r in responses)
                {
                    var copy = new Response { AssessmentId = assessmentId, Department = r.Department, Role = r.Role, SubmittedOn = r.SubmittedOn, SubmissionKey = Guid.NewGuid() };
                    copy.SetAnswers(r.ToSurveyAnswers());
                    db.Responses.Add(copy);
                }
            }

            Add(Shown.Id, demo);
            Add(Foreign.Id, demo);
            Add(Withheld.Id, demo.Where(r => r.Department == Department.Sales).Take(6).Concat(WithheldMarketing));
            db.ChecklistTicks.Add(new ChecklistTick { OrganizationId = Shown.OrganizationId, TaskId = "ps-shared-databases", TickedBy = alice.Id, TickedOn = new DateOnly(2026, 2, 14) });
            return await db.SaveChangesAsync();
        });

        Clocked = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Now))));
    }

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.SignInAsync(email);
        return client;
    }

    public Task DisposeAsync()
    {
        Clocked?.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class ReportDownloadTests(ReportDownloadFixture fixture) : IClassFixture<ReportDownloadFixture>
{
    private static async Task<PdfFile> PdfOf(HttpResponseMessage response, string name)
    {
        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);
        return PdfFile.Write(await response.Content.ReadAsByteArrayAsync(), name);
    }

    [Fact]
    public async Task GetPage_Consultant_ReturnsAttachmentPdfThatIsNotCached()
    {
        var client = await fixture.SignedInAsync("alice@a.example");

        var response = await client.GetAsync($"/Assessments/{fixture.Shown.Id}/report.pdf");

        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        // The round's own name and date (created 2026-01-05, no closing date), not the download day (2026-03-09).
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').Should().Be("alignment-report-nordlicht-sohne-co-kg-nordlicht-sohne-co-kg-assessment-2026-01-05.pdf");
        response.Content.Headers.ContentDisposition.FileNameStar.Should().Be("alignment-report-nordlicht-söhne-co-kg-nordlicht-söhne-co-kg-assessment-2026-01-05.pdf");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task GetPage_Consultant_PdfHasOrganizationLevelsStatementsDecisionAndTicks()
    {
        var client = await fixture.SignedInAsync("alice@a.example");
        var snapshot = await fixture.App.WithDbAsync(db => db.LoadSnapshotAsync(fixture.Shown.Id));

        using var pdf = await PdfOf(await client.GetAsync($"/Assessments/{fixture.Shown.Id}/report.pdf"), "web-consultant");

        var text = pdf.Text();
        var raw = pdf.RawText();
        text.Should().Contain("Nordlicht Söhne & Co. KG");
        text.Should().Contain(AlignmentWording.LevelName(snapshot!.Results.Sales!.Level, CultureInfo.InvariantCulture))
            .And.Contain(AlignmentWording.LevelName(snapshot.Results.Marketing!.Level, CultureInfo.InvariantCulture));
        text.Should().Contain(ScoringKey.Round(snapshot.Results.Sales.MeanTotal).ToString("0.0", CultureInfo.InvariantCulture))
            .And.Contain(ScoringKey.Round(snapshot.Results.Marketing.MeanTotal).ToString("0.0", CultureInfo.InvariantCulture));
        raw.Should().Contain(AlignmentWording.DecisionLine(snapshot.Recommendation, CultureInfo.InvariantCulture));
        foreach (var statement in Questionnaire.Statements)
        {
            raw.Should().Contain(statement.Text(CultureInfo.InvariantCulture), "statement {0} is in the table", statement.Number);
        }

        raw.Should().Contain("Done – alice");
        pdf.PageSize.Should().StartWith("595");
        pdf.QpdfCheck().ExitCode.Should().BeOneOf(0, 3);
    }

    [Fact]
    public async Task GetApi_ExecutiveOfTheOrganization_GetsTheReportOnLetter()
    {
        var client = await fixture.SignedInAsync("eve@a.example");

        using var pdf = await PdfOf(await client.GetAsync($"/api/v1/assessments/{fixture.Shown.Id}/report.pdf?paper=Letter"), "web-executive");

        pdf.Text().Should().Contain("Nordlicht Söhne & Co. KG");
        pdf.PageSize.Should().StartWith("612 x 792");
    }

    [Fact]
    public async Task Get_AnotherTenantsAssessment_Returns404()
    {
        var client = await fixture.SignedInAsync("eve@a.example");

        (await client.GetAsync($"/Assessments/{fixture.Foreign.Id}/report.pdf")).ShouldBeHtml(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/assessments/{fixture.Foreign.Id}/report.pdf")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/assessments/{int.MaxValue}/report.pdf")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The page route and the API route share the organization filter; only the API answers in ProblemDetails.</summary>
    [Fact]
    public async Task Get_AnotherTenantsAssessment_ApiAnswersProblemDetailsPageTheErrorPage()
    {
        var client = await fixture.SignedInAsync("eve@a.example");

        var api = await client.GetAsync($"/api/v1/assessments/{fixture.Foreign.Id}/report.pdf");
        var page = await client.GetAsync($"/Assessments/{fixture.Foreign.Id}/report.pdf");

        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        page.ShouldBeHtml(HttpStatusCode.NotFound);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Fact]
    public async Task Get_Anonymous_ApiIs401AndPageRedirectsToLogin()
    {
        var client = fixture.Clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var api = await client.GetAsync($"/api/v1/assessments/{fixture.Shown.Id}/report.pdf");
        var page = await client.GetAsync($"/Assessments/{fixture.Shown.Id}/report.pdf");

        await api.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        page.ShouldBeRedirect();
        page.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
    }

    [Theory]
    [InlineData("A5")]
    [InlineData("1")]
    [InlineData("letterx")]
    public async Task GetApi_UnknownPaper_Returns400ProblemDetails(string paper)
    {
        var client = await fixture.SignedInAsync("alice@a.example");

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.Shown.Id}/report.pdf?paper={paper}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain(paper).And.Contain("A4").And.Contain("Letter");
    }

    [Fact]
    public async Task GetPage_WithheldMarketing_PdfHasNoneOfItsNumbers()
    {
        var client = await fixture.SignedInAsync("alice@a.example");
        var hidden = GroupFigures.From(ResponseCounts.FromAnswers(fixture.WithheldMarketing.Select(r => r.ToSurveyAnswers())));

        using var pdf = await PdfOf(await client.GetAsync($"/Assessments/{fixture.Withheld.Id}/report.pdf"), "web-withheld");

        var text = pdf.Text();
        text.Should().Contain("Small Team Ltd").And.Contain("Withheld");
        text.Should().NotContain(hidden.MeanTotalShown.ToString("0.0", CultureInfo.InvariantCulture));
        pdf.QpdfCheck().ExitCode.Should().BeOneOf(0, 3);
    }

    [Theory]
    [InlineData("alice@a.example")]
    [InlineData("eve@a.example")]
    public async Task AssessmentPage_ConsultantAndExecutive_SeeTheDownloadWithPaperChoice(string email)
    {
        var client = await fixture.SignedInAsync(email);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.Shown.Id}");

        var form = page.QuerySelector($"form[action='/Assessments/{fixture.Shown.Id}/report.pdf']");
        form.Should().NotBeNull();
        form!.GetAttribute("method").Should().Be("get");
        form.QuerySelectorAll("select[name=paper] option").Select(o => o.GetAttribute("value")).Should().Equal("A4", "Letter");
        form.TextContent.Should().Contain("Download PDF report");
    }

    [Fact]
    public async Task GetApi_TwentyAtOnce_AllComplete()
    {
        var client = await fixture.SignedInAsync("alice@a.example");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync($"/api/v1/assessments/{fixture.Shown.Id}/report.pdf")));

        for (var i = 0; i < responses.Length; i++)
        {
            using var pdf = await PdfOf(responses[i], "web-parallel-" + i.ToString(CultureInfo.InvariantCulture));
            pdf.RawText().Should().Contain("Nordlicht Söhne & Co. KG").And.Contain("Appendix");
            pdf.QpdfCheck().ExitCode.Should().BeOneOf(0, 3);
        }
    }
}
