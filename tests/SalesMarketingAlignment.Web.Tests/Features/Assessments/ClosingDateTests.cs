using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

/// <summary>The closing date as the consultant sets it (API and pages), and as others try to set it.</summary>
public sealed class ClosingDateTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<int> AssessmentCountAsync() => fixture.App.WithDbAsync(db => db.Assessments.CountAsync());

    private Task<DateOnly?> StoredClosesOnAsync(int id) =>
        fixture.App.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.ClosesOn).SingleAsync());

    private async Task<HttpClient> SignedInBrowserAsync(string email)
    {
        var browser = fixture.App.CreateBrowser();
        await browser.SignInAsync(email);
        return browser;
    }

    [Fact]
    public async Task PostStart_ClosingDateYesterday_400ProblemOnClosesOnAndNothingSaved()
    {
        var before = await AssessmentCountAsync();

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = "Late", closesOn = Iso(Today.AddDays(-1)) });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("closesOn").WhoseValue.Should().Contain("The closing date must be today or later.");
        (await AssessmentCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PostStart_ClosingDateToday_CreatedWithTheDate()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = "Due today", closesOn = Iso(Today) });

        response.ShouldBeJson(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<SummaryBody>();
        created!.ClosesOn.Should().Be(Today);
        (await StoredClosesOnAsync(created.Id)).Should().Be(Today);
    }

    [Fact]
    public async Task PostStart_ClosingDateNotADate_400AndNothingSaved()
    {
        var before = await AssessmentCountAsync();

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = "Bad date", closesOn = "25/11/2026" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await AssessmentCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task PutClosingDate_Consultant_SetsMovesAndRemovesIt()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var client = fixture.ClientFor(ApiFixture.ConsultantA);
        var url = $"/api/v1/assessments/{assessment.Id}/closing-date";

        var set = await client.PutAsJsonAsync(url, new { closesOn = Iso(Today.AddDays(10)) });
        set.ShouldBeJson(HttpStatusCode.OK);
        (await set.Content.ReadFromJsonAsync<SummaryBody>())!.ClosesOn.Should().Be(Today.AddDays(10));
        (await StoredClosesOnAsync(assessment.Id)).Should().Be(Today.AddDays(10));

        (await client.PutAsJsonAsync(url, new { closesOn = (string?)null })).ShouldBeJson(HttpStatusCode.OK);
        (await StoredClosesOnAsync(assessment.Id)).Should().BeNull();
    }

    [Fact]
    public async Task PutClosingDate_InThePast_400AndTheDateStays()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var client = fixture.ClientFor(ApiFixture.ConsultantA);
        var url = $"/api/v1/assessments/{assessment.Id}/closing-date";
        (await client.PutAsJsonAsync(url, new { closesOn = Iso(Today.AddDays(3)) })).ShouldBeJson(HttpStatusCode.OK);

        var problem = await (await client.PutAsJsonAsync(url, new { closesOn = Iso(Today.AddDays(-1)) })).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey("closesOn");
        (await StoredClosesOnAsync(assessment.Id)).Should().Be(Today.AddDays(3), "a refused date loses nothing saved");
    }

    [Fact]
    public async Task PutClosingDate_ExecutiveOfTheOrganization_403AndNothingChanges()
    {
        // An executive reads the assessment but must not stretch or cut the survey's time.
        var assessment = await fixture.NewAssessmentInAAsync();

        var response = await fixture.ClientFor(ApiFixture.ExecutiveA).PutAsJsonAsync(
            $"/api/v1/assessments/{assessment.Id}/closing-date", new { closesOn = Iso(Today) });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await StoredClosesOnAsync(assessment.Id)).Should().BeNull();
    }

    [Fact]
    public async Task PutClosingDate_ConsultantOfAnotherOrganization_404AndNothingChanges()
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var response = await fixture.ClientFor(ApiFixture.ConsultantB).PutAsJsonAsync(
            $"/api/v1/assessments/{assessment.Id}/closing-date", new { closesOn = Iso(Today) });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await StoredClosesOnAsync(assessment.Id)).Should().BeNull();
    }

    [Fact]
    public async Task PutClosingDate_ClosedAssessment_409()
    {
        var closed = await fixture.NewAssessmentInAAsync(AssessmentStatus.Closed);

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PutAsJsonAsync(
            $"/api/v1/assessments/{closed.Id}/closing-date", new { closesOn = Iso(Today.AddDays(5)) });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await StoredClosesOnAsync(closed.Id)).Should().BeNull();
    }

    [Fact]
    public async Task CreatePage_ClosingDateInThePast_SaysSoAndCreatesNothing()
    {
        var browser = await SignedInBrowserAsync(ApiFixture.ConsultantA);
        var url = $"/Organizations/{fixture.OrganizationA}/Assessments/Create";
        var form = await browser.GetDocumentAsync(url);
        var before = await AssessmentCountAsync();

        var response = await browser.PostFormAsync(url, form, [new("Input.Title", "Backdated"), new("Input.ClosesOn", Iso(Today.AddDays(-2)))]);

        var page = await Html.ParseAsync(response);
        page.Text("main").Should().Contain("The closing date must be today or later.");
        (await AssessmentCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task CreatePage_ClosingDateInTwoWeeks_StoredAndShownOnTheAssessmentPage()
    {
        var browser = await SignedInBrowserAsync(ApiFixture.ConsultantA);
        var url = $"/Organizations/{fixture.OrganizationA}/Assessments/Create";
        var form = await browser.GetDocumentAsync(url);
        var closesOn = Today.AddDays(14);

        var response = await browser.PostFormAsync(url, form, [new("Input.Title", "Two weeks"), new("Input.ClosesOn", Iso(closesOn))]);

        response.ShouldBeRedirect("/Assessments/");
        var details = await browser.GetDocumentAsync(response.Headers.Location!.ToString());
        details.Text("#closing-date").Should().Contain(closesOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        details.QuerySelector("#closes-on")!.GetAttribute("value").Should().Be(Iso(closesOn));
    }

    [Fact]
    public async Task DetailsPage_ConsultantSavesAndRemovesTheClosingDate()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var browser = await SignedInBrowserAsync(ApiFixture.ConsultantA);
        var url = $"/Assessments/{assessment.Id}";
        var page = await browser.GetDocumentAsync(url);

        (await browser.PostFormAsync($"{url}?handler=ClosingDate", page, [new("closesOn", Iso(Today.AddDays(7)))], "#closing-date form"))
            .ShouldBeRedirect($"/Assessments/{assessment.Id}");
        (await StoredClosesOnAsync(assessment.Id)).Should().Be(Today.AddDays(7));

        page = await browser.GetDocumentAsync(url);
        (await browser.PostFormAsync($"{url}?handler=ClosingDate", page, [new("remove", "true")], "#closing-date form")).ShouldBeRedirect();
        (await StoredClosesOnAsync(assessment.Id)).Should().BeNull();
    }

    [Fact]
    public async Task DetailsPage_ClosingDateInThePast_400WithTheReasonAndTheDateStays()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var browser = await SignedInBrowserAsync(ApiFixture.ConsultantA);
        var url = $"/Assessments/{assessment.Id}";
        var page = await browser.GetDocumentAsync(url);
        (await browser.PostFormAsync($"{url}?handler=ClosingDate", page, [new("closesOn", Iso(Today.AddDays(2)))], "#closing-date form")).ShouldBeRedirect();
        page = await browser.GetDocumentAsync(url);

        var response = await browser.PostFormAsync($"{url}?handler=ClosingDate", page, [new("closesOn", Iso(Today.AddDays(-1)))], "#closing-date form");

        response.ShouldBeHtml(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).Text("#closing-date-error").Should().Be("The closing date must be today or later.");
        (await StoredClosesOnAsync(assessment.Id)).Should().Be(Today.AddDays(2));
    }

    [Fact]
    public async Task DetailsPage_ExecutivePostsAClosingDate_403AndNoForm()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var executive = await SignedInBrowserAsync(ApiFixture.ExecutiveA);
        var own = await executive.GetDocumentAsync($"/Assessments/{assessment.Id}");
        own.QuerySelector("#closing-date form").Should().BeNull("an executive reads the date but cannot change it");

        // The consultant's form, crafted by hand with the executive's own antiforgery token (from the sign-out form).
        var fields = own.QuerySelectorAll("input[name=__RequestVerificationToken]").Take(1)
            .Select(i => new KeyValuePair<string, string>("__RequestVerificationToken", i.GetAttribute("value")!))
            .Append(new KeyValuePair<string, string>("closesOn", Iso(Today)));
        var response = await executive.PostAsync($"/Assessments/{assessment.Id}?handler=ClosingDate", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await StoredClosesOnAsync(assessment.Id)).Should().BeNull();
    }

    [Fact]
    public async Task DetailsPage_NoResponses_NoCsvLinksNoReviewLinkAndTheReasons()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var browser = await SignedInBrowserAsync(ApiFixture.ConsultantA);

        var page = await browser.GetDocumentAsync($"/Assessments/{assessment.Id}");

        page.QuerySelectorAll("a[href$='.csv']").Should().BeEmpty("there is nothing to download yet");
        page.QuerySelectorAll($"a[href='/Assessments/{assessment.Id}/Responses']").Should().BeEmpty("there is nothing to review yet");
        page.Text("#downloads-unavailable").Should().Contain("once the first answers have arrived");
        page.Text("#review-unavailable").Should().Be("No responses to review yet.");
    }

    private sealed record SummaryBody(int Id, string Status, DateOnly? ClosesOn);
}
