using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Pages.Assessments;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>Tenant isolation and read-only executives on the assessment page.</summary>
public sealed class DetailsTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    [Fact]
    public async Task Get_ConsultantOfOtherOrganization_Returns404()
    {
        var alice = await _app.CreateUserAsync("alice@a.example", Roles.Consultant);
        var bob = await _app.CreateUserAsync("bob@b.example", Roles.Consultant);
        await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, alice);
        var orgB = await _app.CreateAssessmentAsync("Org B", AssessmentStatus.Open, bob);
        var client = _app.CreateBrowser();
        await client.SignInAsync("alice@a.example");

        (await client.GetAsync($"/Assessments/{orgB.Id}")).ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Organizations/{orgB.OrganizationId}")).ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Organizations/{orgB.OrganizationId}/Assessments/Create")).ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Organizations/{orgB.OrganizationId}/AddExecutive")).ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.GetAsync("/Assessments/999999")).ShouldBeHtml(HttpStatusCode.NotFound);
        var list = await client.GetDocumentAsync("/Organizations");
        list.Text("main").Should().Contain("Org A").And.NotContain("Org B");
    }

    [Fact]
    public async Task PostClose_ConsultantOfOtherOrganization_Returns404AndLeavesItOpen()
    {
        var alice = await _app.CreateUserAsync("alice@a.example", Roles.Consultant);
        var bob = await _app.CreateUserAsync("bob@b.example", Roles.Consultant);
        var mine = await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, alice);
        var theirs = await _app.CreateAssessmentAsync("Org B", AssessmentStatus.Open, bob);
        var client = _app.CreateBrowser();
        await client.SignInAsync("alice@a.example");
        var myConfirmation = await client.GetDocumentAsync($"/Assessments/{mine.Id}/Close");

        var response = await client.PostFormAsync($"/Assessments/{theirs.Id}/Close", myConfirmation, [], "main form.confirm-close");

        response.ShouldBeHtml(HttpStatusCode.NotFound);
        (await _app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == theirs.Id))).Status.Should().Be(AssessmentStatus.Open);
    }

    [Fact]
    public async Task Executive_CanReadButPostCloseIsForbidden()
    {
        var consultant = await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var executive = await _app.CreateUserAsync("eve@a.example", Roles.Executive);
        var assessment = await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, consultant, executive);
        var consultantClient = _app.CreateBrowser();
        await consultantClient.SignInAsync("carl@a.example");
        var consultantPage = await consultantClient.GetDocumentAsync($"/Assessments/{assessment.Id}/Close");
        var executiveClient = _app.CreateBrowser();
        await executiveClient.SignInAsync("eve@a.example");

        var page = await executiveClient.GetDocumentAsync($"/Assessments/{assessment.Id}");
        page.QuerySelector("a.close-assessment").Should().BeNull("executives get no close button");
        (await executiveClient.GetAsync($"/Assessments/{assessment.Id}/Close")).ShouldBeHtml(HttpStatusCode.Forbidden);
        var tokenPage = await executiveClient.GetDocumentAsync($"/Organizations/{assessment.OrganizationId}");
        var close = await executiveClient.PostFormAsync($"/Assessments/{assessment.Id}/Close", tokenPage,
            [new(CloseModel.ConfirmField, CloseModel.ConfirmValue)], "header form[method=post]");
        var create = await executiveClient.PostFormAsync($"/Organizations/{assessment.OrganizationId}/Assessments/Create", tokenPage,
            [new("Input.Title", "Sneaky"), new("Input.MinimumGroupSize", "3")], "header form[method=post]");
        var newOrganization = await executiveClient.PostFormAsync("/Organizations/Create", tokenPage, [new("Input.Name", "Sneaky Org")], "header form[method=post]");

        close.ShouldBeHtml(HttpStatusCode.Forbidden);
        create.ShouldBeHtml(HttpStatusCode.Forbidden);
        newOrganization.ShouldBeHtml(HttpStatusCode.Forbidden);
        (await _app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id))).Status.Should().Be(AssessmentStatus.Open);
        (await _app.WithDbAsync(db => db.Assessments.CountAsync())).Should().Be(1);
        (await _app.WithDbAsync(db => db.Organizations.CountAsync())).Should().Be(1);

        var closed = await consultantClient.PostFormAsync($"/Assessments/{assessment.Id}/Close", consultantPage, [], "main form.confirm-close");
        closed.ShouldBeRedirect();
        var after = await _app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id));
        after.Status.Should().Be(AssessmentStatus.Closed);
        after.ClosedOn.Should().NotBeNull();
    }

    [Fact]
    public async Task Close_ButtonLeadsToConfirmationAndOnlyTheConfirmationCloses()
    {
        var consultant = await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var assessment = await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, consultant);
        var client = _app.CreateBrowser();
        await client.SignInAsync("carl@a.example");

        var details = await client.GetDocumentAsync($"/Assessments/{assessment.Id}");
        details.QuerySelector("form[action*='Close']").Should().BeNull("closing takes a confirmation, not one click");
        var closeLink = details.QuerySelector("a.close-assessment")!.GetAttribute("href");
        closeLink.Should().Be($"/Assessments/{assessment.Id}/Close");
        var confirmation = await client.GetDocumentAsync(closeLink!);
        var explanation = confirmation.Text("main");
        explanation.Should().Contain("stop accepting answers").And.Contain("become final").And.Contain("cannot be undone");
        confirmation.QuerySelector("main form.confirm-close a")!.GetAttribute("href").Should().Be($"/Assessments/{assessment.Id}", "Cancel goes back");

        // The antiforgery token alone, as an old one-click form would post it.
        var tokenOnly = confirmation.HiddenPairs("main form.confirm-close").Where(p => p.Key != CloseModel.ConfirmField);
        var unconfirmed = await client.PostAsync($"/Assessments/{assessment.Id}/Close", new FormUrlEncodedContent(tokenOnly));
        unconfirmed.ShouldBeHtml(HttpStatusCode.BadRequest);
        (await _app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id))).Status.Should().Be(AssessmentStatus.Open);

        var confirmed = await client.PostFormAsync($"/Assessments/{assessment.Id}/Close", confirmation, [], "main form.confirm-close");
        confirmed.ShouldBeRedirect();
        (await _app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id))).Status.Should().Be(AssessmentStatus.Closed);
        (await client.GetDocumentAsync(closeLink!)).Text("main").Should().Contain("already closed");
    }

    [Fact]
    public async Task Administrator_SeesEveryOrganizationsAssessment()
    {
        var bob = await _app.CreateUserAsync("bob@b.example", Roles.Consultant);
        await _app.CreateUserAsync("root@example.com", Roles.Administrator);
        var assessment = await _app.CreateAssessmentAsync("Org B", AssessmentStatus.Open, bob);
        var client = _app.CreateBrowser();
        await client.SignInAsync("root@example.com");

        (await client.GetAsync($"/Assessments/{assessment.Id}")).ShouldBeHtml(HttpStatusCode.OK);
        (await client.GetDocumentAsync("/Organizations")).Text("main").Should().Contain("Org B");
    }

    [Fact]
    public async Task Get_OpenAssessment_ShowsBothSurveyLinksWithCopyButtons()
    {
        var consultant = await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var assessment = await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, consultant);
        var client = _app.CreateBrowser();
        await client.SignInAsync("carl@a.example");

        var page = await client.GetDocumentAsync($"/Assessments/{assessment.Id}");

        var links = page.QuerySelectorAll(".survey-link input").Select(i => i.GetAttribute("value")!).ToList();
        links.Should().HaveCount(2);
        links.Should().Contain(l => l.EndsWith("/s/" + assessment.Links[0].Token, StringComparison.Ordinal));
        links.Should().Contain(l => l.EndsWith("/s/" + assessment.Links[1].Token, StringComparison.Ordinal));
        page.QuerySelectorAll("button[data-copy-target]").Should().HaveCount(2);
    }

    [Fact]
    public async Task Get_NewAssessment_LinksComeFirstAndThePdfButtonIsDisabledWithAReason()
    {
        var consultant = await _app.CreateUserAsync("nina@a.example", Roles.Consultant);
        var assessment = await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, consultant);
        var client = _app.CreateBrowser();
        await client.SignInAsync("nina@a.example");

        var page = await client.GetDocumentAsync($"/Assessments/{assessment.Id}");

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        headings[0].Should().Be("Next step: send each department its survey link");
        page.QuerySelector("form.report-download").Should().BeNull("there is nothing to report yet");
        var button = page.QuerySelector(".report-download button")!;
        button.HasAttribute("disabled").Should().BeTrue();
        page.GetElementById(button.GetAttribute("aria-describedby")!)!.TextContent.Should().Contain("once the first answers have arrived");
    }
}
