using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Tests.Pdf;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>
/// Decision 0013, for rounds from before it: a head who answered under the promise of decision 0003 (groups only) must
/// not find their answers shown as "the head's view". The attack: an executive (or the consultant) of the organization
/// reads every place figures appear, looking for the lone Sales head's answers (all 1s, total 20).
/// </summary>
public sealed class OldRoundHeadsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string HeadsViewRowSelector = "#heads-vs-staff tr.perception-sales-head";

    /// <summary>A closed round: Sales with one head (all 1s) and three staff (all 4s), Marketing with three staff.</summary>
    private Task<int> RoundAsync(bool headsToldOfHeadsView) =>
        fixture.App.WithDbAsync(async db =>
        {
            var assessment = Assessment.Start(fixture.OrganizationA, headsToldOfHeadsView ? "New round" : "Round from before the heads' view", 3, null, null, "seed", new DateOnly(2026, 3, 1));
            assessment.HeadsToldOfHeadsView = headsToldOfHeadsView;
            assessment.Close(new DateOnly(2026, 3, 20));
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            void Add(Department department, RespondentRole role, int answer)
            {
                var response = new Response { AssessmentId = assessment.Id, Department = department, Role = role, SubmittedOn = new DateOnly(2026, 3, 2), SubmissionKey = Guid.NewGuid() };
                response.SetAnswers(SurveyAnswers.Create(Enumerable.Repeat(answer, 20).ToArray()));
                db.Responses.Add(response);
            }

            Add(Department.Sales, RespondentRole.Head, 1);
            for (var i = 0; i < 3; i++)
            {
                Add(Department.Sales, RespondentRole.Staff, 4);
                Add(Department.Marketing, RespondentRole.Staff, 3);
            }

            await db.SaveChangesAsync();
            return assessment.Id;
        });

    private async Task<HttpClient> BrowserOfAsync(string email)
    {
        var browser = fixture.App.CreateBrowser();
        await browser.SignInAsync(email);
        return browser;
    }

    [Fact]
    public async Task Migration_ExistingRows_ReadAsNotTold()
    {
        // The column default marks every round that existed before the change; EF's own inserts write true.
        var id = await RoundAsync(headsToldOfHeadsView: true);
        await fixture.App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Assessments\" (\"OrganizationId\", \"Title\", \"Status\", \"CreatedOn\", \"CreatedBy\", \"SurveyLanguage\") VALUES ({0}, 'Old', 1, '2026-01-01', 'seed', 'en')",
            fixture.OrganizationA));

        var flags = await fixture.App.WithDbAsync(db => db.Assessments.Where(a => a.Id == id || a.Title == "Old").Select(a => new { a.Id, a.HeadsToldOfHeadsView }).ToListAsync());

        flags.Single(f => f.Id == id).HeadsToldOfHeadsView.Should().BeTrue();
        flags.Single(f => f.Id != id).HeadsToldOfHeadsView.Should().BeFalse();
    }

    [Theory]
    [InlineData(ApiFixture.ExecutiveA)]
    [InlineData(ApiFixture.ConsultantA)]
    public async Task Dashboard_OldRoundWithOneHead_HeadsAnswersNotShown(string reader)
    {
        var id = await RoundAsync(headsToldOfHeadsView: false);

        var page = await (await BrowserOfAsync(reader)).GetDocumentAsync($"/Assessments/{id}");

        page.Text(HeadsViewRowSelector).Should().Contain("Not shown (anonymity)").And.NotContain("20");
        page.Text("#heads-vs-staff tr.perception-sales-staff").Should().Contain("Not shown (anonymity)", "the staff minus the department would give the head away");
        page.Text("#heads-heading + p").Should().Contain("began before heads were told");
    }

    [Fact]
    public async Task Dashboard_NewRoundWithOneHead_HeadsViewShown()
    {
        // The control: the same answers in a round whose head was told are shown as the head's view.
        var id = await RoundAsync(headsToldOfHeadsView: true);

        var page = await (await BrowserOfAsync(ApiFixture.ExecutiveA)).GetDocumentAsync($"/Assessments/{id}");

        page.Text(HeadsViewRowSelector).Should().Contain("20").And.NotContain("Not shown");
    }

    [Fact]
    public async Task Pdf_OldRoundWithOneHead_HeadsViewNotShownAndTheIntroSaysWhy()
    {
        var id = await RoundAsync(headsToldOfHeadsView: false);
        var response = await (await BrowserOfAsync(ApiFixture.ExecutiveA)).GetAsync($"/Assessments/{id}/report.pdf");
        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);

        using var pdf = PdfFile.Write(await response.Content.ReadAsByteArrayAsync(), "old-round-heads");

        var raw = pdf.RawText();
        raw.Should().Contain("Sales: head's view 1 — Not shown (anonymity)");
        raw.Should().Contain("This round began before heads were told");
    }

    [Fact]
    public async Task Pdf_NewRoundWithOneHead_HeadsViewShown()
    {
        var id = await RoundAsync(headsToldOfHeadsView: true);
        var response = await (await BrowserOfAsync(ApiFixture.ExecutiveA)).GetAsync($"/Assessments/{id}/report.pdf");

        using var pdf = PdfFile.Write(await response.Content.ReadAsByteArrayAsync(), "new-round-heads");

        pdf.RawText().Should().Contain("Sales: head's view 1 20").And.NotContain("This round began before heads were told");
    }

    [Fact]
    public async Task CsvAndApi_OldRoundWithOneHead_NoRoleNoHeadFigures()
    {
        var id = await RoundAsync(headsToldOfHeadsView: false);
        var consultant = fixture.ClientFor(ApiFixture.ConsultantA);

        var csv = await consultant.GetStringAsync($"/api/v1/assessments/{id}/responses.csv");
        var results = await fixture.ClientFor(ApiFixture.ExecutiveA).GetStringAsync($"/api/v1/assessments/{id}/results");

        var salesRows = csv.Split("\r\n").Where(line => line.StartsWith("Sales,", StringComparison.Ordinal)).ToList();
        salesRows.Should().HaveCount(4).And.OnlyContain(line => line.StartsWith("Sales,,", StringComparison.Ordinal), "the role would single out the head");
        results.Should().NotContainEquivalentOf("head", "the API gives no figure by role");
    }

    [Fact]
    public async Task ReviewPage_OldRoundWithOneHead_RoleNotShown()
    {
        var id = await RoundAsync(headsToldOfHeadsView: false);

        var page = await (await BrowserOfAsync(ApiFixture.ConsultantA)).GetDocumentAsync($"/Assessments/{id}/Responses");

        var salesRoles = page.QuerySelectorAll("table tbody tr")
            .Where(row => row.Children[1].TextContent.Trim() == "Sales")
            .Select(row => row.Children[2].TextContent.Trim())
            .ToList();
        salesRoles.Should().HaveCount(4).And.OnlyContain(role => role == "—");
    }
}
