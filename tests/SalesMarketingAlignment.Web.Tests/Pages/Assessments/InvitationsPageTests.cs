using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

public sealed class InvitationsPageTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private async Task<(HttpClient Consultant, HttpClient Executive, Assessment Assessment)> SetUpAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var consultant = await _app.CreateUserAsync($"c{suffix}@firm.example", Roles.Consultant);
        var executive = await _app.CreateUserAsync($"e{suffix}@client.example", Roles.Executive);
        var assessment = await _app.CreateAssessmentAsync("Client " + suffix, AssessmentStatus.Open, consultant, executive);
        var consultantClient = _app.CreateBrowser();
        (await consultantClient.SignInAsync(consultant.Email!)).ShouldBeRedirect();
        var executiveClient = _app.CreateBrowser();
        (await executiveClient.SignInAsync(executive.Email!)).ShouldBeRedirect();
        return (consultantClient, executiveClient, assessment);
    }

    private static string Url(Assessment assessment) => $"/Assessments/{assessment.Id}/Invitations";

    private Task<int> CountAsync(Assessment assessment) => _app.WithDbAsync(db => db.Invitations.CountAsync(i => i.AssessmentId == assessment.Id));

    [Fact]
    public async Task PostImport_BadLines_ListsEachLineNumberAndImportsNothing()
    {
        var (consultant, _, assessment) = await SetUpAsync();
        var page = await consultant.GetDocumentAsync(Url(assessment));
        const string list = "email,name,role\nann@client.example,Ann,Staff\nnot-an-email\n\nann@client.example\nbob@client.example,Bob,Boss\ncy@client.example,,Head,Legal";

        var response = await consultant.PostFormAsync($"{Url(assessment)}?handler=Import", page,
            [new("Import.Department", "Sales"), new("Import.List", list)], "form.invitation-import");

        response.ShouldBeHtml(HttpStatusCode.BadRequest);
        var again = await Html.ParseAsync(response);
        again.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()[..7]).Should().Equal("Line 3:", "Line 5:", "Line 6:", "Line 7:");
        again.Text(".error-summary").Should().Contain("already on line 2").And.Contain("Boss").And.Contain("Legal");
        again.QuerySelector("#import-list")!.TextContent.Should().Contain("bob@client.example", "the list is kept for fixing");
        (await CountAsync(assessment)).Should().Be(0);
    }

    [Fact]
    public async Task PostImport_CleanListAndCodes_AddsThemAndDownloadListsPersonalLinks()
    {
        var (consultant, _, assessment) = await SetUpAsync();
        var page = await consultant.GetDocumentAsync(Url(assessment));

        var imported = await consultant.PostFormAsync($"{Url(assessment)}?handler=Import", page,
            [new("Import.Department", "Marketing"), new("Import.Role", "Staff"), new("Import.List", "ann@client.example, Ann\r\n\"bob@client.example\";\"Bob, Jr.\";Head;Sales")], "form.invitation-import");
        var codes = await consultant.PostFormAsync($"{Url(assessment)}?handler=Import", page,
            [new("Import.Department", "Sales"), new("Import.Count", "3")], "form.invitation-codes");

        imported.ShouldBeRedirect();
        codes.ShouldBeRedirect();
        var rows = await _app.WithDbAsync(db => db.Invitations.Where(i => i.AssessmentId == assessment.Id).OrderBy(i => i.Id).ToListAsync());
        rows.Select(r => (r.Email, r.Name, r.Role, r.Department)).Should().Equal(
            ("ann@client.example", "Ann", RespondentRole.Staff, Department.Marketing),
            ("bob@client.example", "Bob, Jr.", RespondentRole.Head, Department.Sales),
            (null, null, null, Department.Sales),
            (null, null, null, Department.Sales),
            (null, null, null, Department.Sales));
        var after = await consultant.GetDocumentAsync(Url(assessment));
        after.Text(".notice").Should().Contain("3 invitations added");
        after.Text("main").Should().Contain("Mail is not configured");

        var csv = await consultant.GetAsync($"{Url(assessment)}?handler=Links");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await csv.Content.ReadAsStringAsync();
        text.Should().Contain($"ann@client.example,Ann,Marketing,Staff,http://localhost/s/{rows[0].Token}");
        var slips = await consultant.GetDocumentAsync($"{Url(assessment)}/Codes");
        slips.QuerySelectorAll(".code-slip").Should().HaveCount(3);
        slips.Text("main").Should().Contain(rows[2].Token).And.NotContain(rows[0].Token);
    }

    [Fact]
    public async Task OpenLinkToggle_SwitchesItAndAssessmentPageShowsTheLinkWithTheWarning()
    {
        var (consultant, executive, assessment) = await SetUpAsync();
        await _app.WithDbAsync(async db =>
        {
            await db.Assessments.Where(a => a.Id == assessment.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.SalesOpenLink, false).SetProperty(a => a.MarketingOpenLink, false));
            return 0;
        });
        var page = await consultant.GetDocumentAsync(Url(assessment));

        // The second form is Marketing's; its hidden fields switch it on.
        page.HiddenFields("#open-links form:last-of-type").Should().Contain(new KeyValuePair<string, string>("department", "Marketing")).And.Contain(new KeyValuePair<string, string>("enabled", "true"));
        var response = await consultant.PostFormAsync($"{Url(assessment)}?handler=OpenLink", page, [], "#open-links form:last-of-type");

        response.ShouldBeRedirect();
        var stored = await _app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id));
        (stored.SalesOpenLink, stored.MarketingOpenLink).Should().Be((false, true));
        var details = await consultant.GetDocumentAsync($"/Assessments/{assessment.Id}");
        details.QuerySelector("#link-marketing").Should().NotBeNull();
        details.QuerySelector("#link-sales").Should().BeNull();
        details.Text("main").Should().Contain("answer several times");
        details.QuerySelector("a.invitations-link")!.GetAttribute("href").Should().Be(Url(assessment));

        var executiveDetails = await executive.GetDocumentAsync($"/Assessments/{assessment.Id}");
        executiveDetails.QuerySelector("#link-marketing").Should().BeNull("executives never see survey links");
        executiveDetails.QuerySelector("a.invitations-link").Should().BeNull();
        executiveDetails.QuerySelector("#participation").Should().NotBeNull();
    }

    [Fact]
    public async Task Executive_InvitationsPagesAndPosts_403()
    {
        var (_, executive, assessment) = await SetUpAsync();

        (await executive.GetAsync(Url(assessment))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await executive.GetAsync($"{Url(assessment)}/Codes")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await executive.GetAsync($"{Url(assessment)}?handler=Links")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
