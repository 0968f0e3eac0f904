using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Tests.Pdf;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Exports;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

/// <summary>
/// Issue 11 as the attack: an executive of the organization tries to read figures while answers come in (to difference
/// them), and a consultant voids a bogus response. Each test makes its own assessment in organization A.
/// </summary>
public sealed class ReleaseAndExclusionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _anonymous = fixture.ClientFor(null);

    private static int[] All(int answer) => Enumerable.Repeat(answer, 20).ToArray();

    /// <summary>An open assessment of organization A with 3 Sales responses (all 4s) and 3 Marketing responses (all 3s).</summary>
    private async Task<Assessment> FilledAssessmentAsync()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        foreach (var (department, answer) in new[] { (Department.Sales, 4), (Department.Marketing, 3) })
        {
            var token = assessment.Links.Single(l => l.Department == department).Token;
            for (var i = 0; i < 3; i++)
            {
                (await _anonymous.PostAsJsonAsync($"/api/v1/surveys/{token}/responses", new { role = "Staff", answers = All(answer) }))
                    .ShouldBeJson(HttpStatusCode.Created);
            }
        }

        return assessment;
    }

    private async Task<HttpClient> BrowserAsync(string email)
    {
        var browser = fixture.App.CreateBrowser();
        (await browser.SignInAsync(email)).ShouldBeRedirect();
        browser.DefaultRequestHeaders.Add("Origin", "http://localhost");
        return browser;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        response.ShouldBeJson(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Outputs_ExecutiveWhileOpenAndNotReleased_NoFigureAnywhere()
    {
        var assessment = await FilledAssessmentAsync();
        var executive = fixture.ClientFor(ApiFixture.ExecutiveA);
        var executivePages = await BrowserAsync(ApiFixture.ExecutiveA);
        var id = assessment.Id;

        var results = await JsonAsync(await executive.GetAsync($"/api/v1/assessments/{id}/results"));
        var consultantResults = await JsonAsync(await fixture.ClientFor(ApiFixture.ConsultantA).GetAsync($"/api/v1/assessments/{id}/results"));
        var page = await executivePages.GetDocumentAsync($"/Assessments/{id}");

        results.GetProperty("figuresReleased").GetBoolean().Should().BeFalse();
        foreach (var figure in new[] { "sales", "marketing", "overall", "comparison" })
        {
            results.GetProperty(figure).ValueKind.Should().Be(JsonValueKind.Null, $"{figure} is a figure");
        }

        results.GetProperty("responses").GetProperty("sales").GetInt64().Should().Be(3, "who has taken part is not a figure");
        consultantResults.GetProperty("sales").GetProperty("meanTotal").GetDecimal().Should().Be(80.0m, "consultants see figures as they come in");
        consultantResults.GetProperty("figuresReleased").GetBoolean().Should().BeFalse();
        foreach (var url in new[] { "recommendation", "statements.csv", "report.pdf" })
        {
            var problem = await (await executive.GetAsync($"/api/v1/assessments/{id}/{url}")).ProblemAsync(HttpStatusCode.Conflict);
            problem.Title.Should().Be("Figures not released", url);
        }

        // One row per response is for consultants only, released or not.
        await (await executive.GetAsync($"/api/v1/assessments/{id}/responses.csv")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await executivePages.GetAsync($"/Assessments/{id}/report.pdf")).ShouldBeHtml(HttpStatusCode.Conflict);
        page.QuerySelector("#participation").Should().NotBeNull();
        page.Text("main").Should().NotContain("80.0").And.NotContain("60.0").And.Contain("when the consultant closes the assessment");
        page.QuerySelectorAll("input[id^=link-]").Should().BeEmpty("executives never get the survey links");
        page.QuerySelector("form.report-download").Should().BeNull();
    }

    [Fact]
    public async Task Release_ByTheConsultantOnThePage_ExecutiveSeesFiguresAndWhoReleasedThem()
    {
        var assessment = await FilledAssessmentAsync();
        var consultantPages = await BrowserAsync(ApiFixture.ConsultantA);
        var before = await consultantPages.GetDocumentAsync($"/Assessments/{assessment.Id}");

        var posted = await consultantPages.PostFormAsync($"/Assessments/{assessment.Id}?handler=Release", before, [], "form.release-results");

        posted.ShouldBeRedirect();
        var executive = fixture.ClientFor(ApiFixture.ExecutiveA);
        var results = await JsonAsync(await executive.GetAsync($"/api/v1/assessments/{assessment.Id}/results"));
        results.GetProperty("figuresReleased").GetBoolean().Should().BeTrue();
        results.GetProperty("figuresReleasedAt").ValueKind.Should().Be(JsonValueKind.String);
        results.GetProperty("sales").GetProperty("meanTotal").GetDecimal().Should().Be(80.0m);
        (await executive.GetAsync($"/api/v1/assessments/{assessment.Id}/statements.csv")).ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.TextCsv);
        (await executive.GetAsync($"/api/v1/assessments/{assessment.Id}/report.pdf")).ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);
        var executivePage = await (await BrowserAsync(ApiFixture.ExecutiveA)).GetDocumentAsync($"/Assessments/{assessment.Id}");
        executivePage.Text("#release").Should().Contain("Interim results released").And.Contain("carl");
        executivePage.QuerySelector("form.report-download").Should().NotBeNull();
        var stored = await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id));
        var carl = await fixture.App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == ApiFixture.ConsultantA));
        stored.FiguresReleasedBy.Should().Be(carl.Id);
    }

    [Fact]
    public async Task Release_ByTheExecutive_Refused()
    {
        var assessment = await FilledAssessmentAsync();
        var executivePages = await BrowserAsync(ApiFixture.ExecutiveA);
        var page = await executivePages.GetDocumentAsync($"/Assessments/{assessment.Id}");

        var api = await fixture.ClientFor(ApiFixture.ExecutiveA).PostAsync($"/api/v1/assessments/{assessment.Id}/release", null);
        var form = await executivePages.PostFormAsync($"/Assessments/{assessment.Id}?handler=Release", page, [], "form.language-form");

        await api.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        form.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id))).FiguresReleased.Should().BeFalse();
    }

    [Fact]
    public async Task Close_ReleasesTheFigures()
    {
        var assessment = await FilledAssessmentAsync();

        var closed = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsync($"/api/v1/assessments/{assessment.Id}/close", null);

        closed.ShouldBeJson(HttpStatusCode.OK);
        var results = await JsonAsync(await fixture.ClientFor(ApiFixture.ExecutiveA).GetAsync($"/api/v1/assessments/{assessment.Id}/results"));
        results.GetProperty("figuresReleased").GetBoolean().Should().BeTrue();
        results.GetProperty("figuresReleasedAt").ValueKind.Should().Be(JsonValueKind.Null, "closing is not an interim release");
        results.GetProperty("marketing").GetProperty("meanTotal").GetDecimal().Should().Be(60.0m);
    }

    [Fact]
    public async Task Exclude_BogusResponse_StopsCountingEverywhereAndIsRecorded()
    {
        var assessment = await FilledAssessmentAsync();
        var sales = assessment.Links.Single(l => l.Department == Department.Sales).Token;
        (await _anonymous.PostAsJsonAsync($"/api/v1/surveys/{sales}/responses", new { role = "Staff", answers = All(1) })).ShouldBeJson(HttpStatusCode.Created);
        var consultant = fixture.ClientFor(ApiFixture.ConsultantA);
        var bogus = await fixture.App.WithDbAsync(db => db.Responses.SingleAsync(r => r.AssessmentId == assessment.Id && r.Total == 20));
        var resultsBefore = await JsonAsync(await consultant.GetAsync($"/api/v1/assessments/{assessment.Id}/results"));
        var statementsBefore = Rfc4180.Parse(await (await consultant.GetAsync($"/api/v1/assessments/{assessment.Id}/statements.csv")).Content.ReadAsStringAsync());

        var excluded = await consultant.PostAsJsonAsync(
            $"/api/v1/assessments/{assessment.Id}/responses/{bogus.Id}/exclude", new { reason = "Every answer 1, sent by a tester" });

        var body = await JsonAsync(excluded);
        body.GetProperty("total").GetInt32().Should().Be(20);
        var resultsAfter = await JsonAsync(await consultant.GetAsync($"/api/v1/assessments/{assessment.Id}/results"));
        resultsBefore.GetProperty("sales").GetProperty("meanTotal").GetDecimal().Should().Be(65.0m, "(3 x 80 + 20) / 4");
        resultsAfter.GetProperty("sales").GetProperty("meanTotal").GetDecimal().Should().Be(80.0m);
        resultsAfter.GetProperty("responses").GetProperty("sales").GetInt64().Should().Be(3);

        var statementsAfter = Rfc4180.Parse(await (await consultant.GetAsync($"/api/v1/assessments/{assessment.Id}/statements.csv")).Content.ReadAsStringAsync());
        var answers1Column = Array.IndexOf(statementsBefore[0], "Sales answers 1");
        statementsBefore[1][answers1Column].Should().Be("1");
        statementsAfter[1][answers1Column].Should().Be("0");
        var rows = Rfc4180.Parse(await (await consultant.GetAsync($"/api/v1/assessments/{assessment.Id}/responses.csv")).Content.ReadAsStringAsync());
        rows.Skip(1).Should().HaveCount(6).And.NotContain(r => r[r.Length - 2] == "20");
        using var pdf = PdfFile.Write(await (await consultant.GetAsync($"/api/v1/assessments/{assessment.Id}/report.pdf")).Content.ReadAsByteArrayAsync(), "web-excluded");
        pdf.Text().Should().Contain("80.0").And.NotContain("65.0");

        await TalliesShouldEqualARecountAsync(assessment.Id);
        var exclusion = await fixture.App.WithDbAsync(db => db.ResponseExclusions.SingleAsync(e => e.AssessmentId == assessment.Id));
        var carl = await fixture.App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == ApiFixture.ConsultantA));
        (exclusion.ResponseId, exclusion.Department, exclusion.Total, exclusion.Reason, exclusion.ExcludedBy)
            .Should().Be((bogus.Id, Department.Sales, (short)20, "Every answer 1, sent by a tester", carl.Id));
        exclusion.Answers.Should().Be(string.Join(',', All(1)));
        exclusion.SubmissionKey.Should().Be(bogus.SubmissionKey);
    }

    [Fact]
    public async Task Exclude_ExecutiveOtherTenantOrNoReason_RefusedAndNothingChanges()
    {
        var assessment = await FilledAssessmentAsync();
        var target = await fixture.App.WithDbAsync(db => db.Responses.FirstAsync(r => r.AssessmentId == assessment.Id));
        var url = $"/api/v1/assessments/{assessment.Id}/responses/{target.Id}/exclude";

        var executive = await fixture.ClientFor(ApiFixture.ExecutiveA).PostAsJsonAsync(url, new { reason = "I do not like it" });
        var otherTenant = await fixture.ClientFor(ApiFixture.ConsultantB).PostAsJsonAsync(url, new { reason = "Not mine" });
        var blank = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(url, new { reason = "  " });
        var tooLong = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(url, new { reason = new string('x', ResponseExclusion.ReasonMaxLength + 1) });
        var otherAssessment = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/assessments/{fixture.AssessmentA.Id}/responses/{target.Id}/exclude", new { reason = "Through another assessment of mine" });

        await executive.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await otherTenant.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await blank.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Should().Equal("reason");
        await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await otherAssessment.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await fixture.App.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessment.Id))).Should().Be(6);
        (await fixture.App.WithDbAsync(db => db.ResponseExclusions.CountAsync(e => e.AssessmentId == assessment.Id))).Should().Be(0);
    }

    [Fact]
    public async Task Exclude_ThenARetryOfTheSameForm_NotStoredAgain()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var sales = assessment.Links.Single(l => l.Department == Department.Sales).Token;
        var key = fixture.App.Services.GetRequiredService<SubmissionKeys>().Issue(sales);
        var payload = new { role = "Head", answers = All(5), submissionKey = key };
        (await _anonymous.PostAsJsonAsync($"/api/v1/surveys/{sales}/responses", payload)).ShouldBeJson(HttpStatusCode.Created);
        var id = await fixture.App.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessment.Id).Select(r => r.Id).SingleAsync());
        (await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync($"/api/v1/assessments/{assessment.Id}/responses/{id}/exclude", new { reason = "Bogus" }))
            .ShouldBeJson(HttpStatusCode.OK);

        var retry = await _anonymous.PostAsJsonAsync($"/api/v1/surveys/{sales}/responses", payload);
        var twice = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync($"/api/v1/assessments/{assessment.Id}/responses/{id}/exclude", new { reason = "Again" });

        retry.ShouldBeJson(HttpStatusCode.OK, "the retry is answered as stored before");
        await twice.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await fixture.App.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessment.Id))).Should().Be(0);
        await TalliesShouldEqualARecountAsync(assessment.Id);
        (await fixture.App.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.AssessmentId == assessment.Id && e.Kind == nameof(SalesMarketingAlignment.Web.Infrastructure.Audit.AuditKind.ResponseVoided))))
            .Should().Be(1, "voiding is a security event; the refused second attempt voided nothing");
    }

    [Fact]
    public async Task ResponsesPage_ConsultantExcludesWithAReason_ListedAsExcluded()
    {
        var assessment = await FilledAssessmentAsync();
        var consultantPages = await BrowserAsync(ApiFixture.ConsultantA);
        var target = await fixture.App.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessment.Id).OrderBy(r => r.Total).FirstAsync());
        var list = await consultantPages.GetDocumentAsync($"/Assessments/{assessment.Id}/Responses");
        var form = await consultantPages.GetDocumentAsync($"/Assessments/{assessment.Id}/Responses?exclude={target.Id}");

        var withoutReason = await consultantPages.PostFormAsync($"/Assessments/{assessment.Id}/Responses?handler=Exclude", form, [], "#exclude form");
        var posted = await consultantPages.PostFormAsync($"/Assessments/{assessment.Id}/Responses?handler=Exclude", form, [new("Reason", "Duplicate test entry")], "#exclude form");

        list.QuerySelectorAll("main table tbody tr").Should().HaveCount(6);
        withoutReason.ShouldBeHtml(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(withoutReason)).Text("#reason-error").Should().Contain("Say why");
        posted.ShouldBeRedirect();
        var after = await consultantPages.GetDocumentAsync(posted.Headers.Location!.ToString());
        after.Text("#exclusions").Should().Contain("Duplicate test entry").And.Contain("carl");
        after.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr").Should().HaveCount(5);
        (await (await BrowserAsync(ApiFixture.ExecutiveA)).GetAsync($"/Assessments/{assessment.Id}/Responses")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    /// <summary>The running tallies equal a count of the stored rows (decision 0006): voiding went through EF.</summary>
    private async Task TalliesShouldEqualARecountAsync(int assessmentId)
    {
        var counts = await fixture.App.WithDbAsync(db => db.LoadCountsAsync(assessmentId));
        var rows = await fixture.App.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessmentId).ToListAsync());
        foreach (var department in Enum.GetValues<Department>())
        {
            foreach (var role in Enum.GetValues<RespondentRole>())
            {
                var recount = ResponseCounts.FromAnswers(rows.Where(r => r.Department == department && r.Role == role).Select(r => r.ToSurveyAnswers()));
                var tallied = counts.For(department, role);
                tallied.Count.Should().Be(recount.Count, $"{department} {role}");
                tallied.TotalHistogram.Should().Equal(recount.TotalHistogram, $"{department} {role}");
                for (var statement = 1; statement <= 20; statement++)
                {
                    for (var answer = 1; answer <= 5; answer++)
                    {
                        tallied.CountOfAnswer(statement, answer).Should().Be(recount.CountOfAnswer(statement, answer));
                    }
                }
            }
        }
    }
}
