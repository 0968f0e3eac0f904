using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

public sealed class AssessmentEndpointsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Post_Consultant_Creates201WithAbsoluteSurveyLinks()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments",
            new { title = " Spring 2026 ", minimumGroupSize = 4, expectedSales = 12, expectedMarketing = 8, openLinks = new { sales = true, marketing = true } });

        response.ShouldBeJson(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<AssessmentBody>();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/assessments/{created!.Id}");
        created.Status.Should().Be("Open");
        created.Title.Should().Be("Spring 2026");
        var stored = await fixture.App.WithDbAsync(db => db.Assessments.Include(a => a.Links).SingleAsync(a => a.Id == created.Id));
        stored.OrganizationId.Should().Be(fixture.OrganizationA);
        (stored.MinimumGroupSize, stored.ExpectedSales, stored.ExpectedMarketing).Should().Be((4, 12, 8));
        created.SalesSurveyUrl.Should().Be($"http://localhost/s/{stored.Links.Single(l => l.Department == Department.Sales).Token}");
        created.MarketingSurveyUrl.Should().Be($"http://localhost/s/{stored.Links.Single(l => l.Department == Department.Marketing).Token}");
        (await fixture.App.CreateBrowser().GetAsync(new Uri(created.SalesSurveyUrl!).PathAndQuery)).ShouldBeHtml(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_WithoutOpenLinks_BothOffAndUrlsNull()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = "Invitations only" });

        response.ShouldBeJson(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<AssessmentBody>();
        created!.SalesSurveyUrl.Should().BeNull();
        created.MarketingSurveyUrl.Should().BeNull();
        created.OpenLinks.Should().Be(new OpenLinksBody(false, false));
        var token = await fixture.App.WithDbAsync(db => db.SurveyLinks.Where(l => l.AssessmentId == created.Id && l.Department == Department.Sales).Select(l => l.Token).SingleAsync());
        var page = await fixture.App.CreateBrowser().GetAsync($"/s/{token}");
        page.ShouldBeHtml(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("This link is not in use");
    }

    [Fact]
    public async Task Put_OpenLinks_SwitchesThemAndExecutiveMayNot()
    {
        var assessment = await fixture.NewAssessmentInAAsync(openLinks: false);

        var forbidden = await fixture.ClientFor(ApiFixture.ExecutiveA).PutAsJsonAsync($"/api/v1/assessments/{assessment.Id}", new { openLinks = new { sales = true, marketing = true } });
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PutAsJsonAsync($"/api/v1/assessments/{assessment.Id}", new { openLinks = new { sales = true, marketing = false } });

        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.ShouldBeJson(HttpStatusCode.OK);
        var updated = await response.Content.ReadFromJsonAsync<AssessmentBody>();
        updated!.OpenLinks.Should().Be(new OpenLinksBody(true, false));
        updated.SalesSurveyUrl.Should().EndWith(assessment.Links.Single(l => l.Department == Department.Sales).Token);
        updated.MarketingSurveyUrl.Should().BeNull();
        var executiveView = await fixture.ClientFor(ApiFixture.ExecutiveA).GetFromJsonAsync<AssessmentBody>($"/api/v1/assessments/{assessment.Id}");
        executiveView!.SalesSurveyUrl.Should().BeNull("executives never see survey links");
    }

    [Fact]
    public async Task Post_TitleOnly_UsesDefaults()
    {
        var response = await fixture.ClientFor(ApiFixture.Admin).PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationB}/assessments", new { title = "Defaults" });

        var created = await response.Content.ReadFromJsonAsync<AssessmentBody>();
        response.ShouldBeJson(HttpStatusCode.Created);
        (created!.MinimumGroupSize, created.ExpectedSales, created.ExpectedMarketing).Should().Be((Assessment.MinimumGroupSizeDefault, (int?)null, (int?)null));
    }

    [Theory]
    [InlineData("{}", "title", "Enter a title.")]
    [InlineData("{\"title\":\"  \"}", "title", "Enter a title.")]
    [InlineData("{\"title\":\"T\",\"minimumGroupSize\":0}", "minimumGroupSize", "The smallest group must be between 1 and 10.")]
    [InlineData("{\"title\":\"T\",\"minimumGroupSize\":11}", "minimumGroupSize", "The smallest group must be between 1 and 10.")]
    [InlineData("{\"title\":\"T\",\"minimumGroupSize\":null}", "minimumGroupSize", "not valid JSON of the expected type")]
    [InlineData("{\"title\":\"T\",\"minimumGroupSize\":\"abc\"}", "minimumGroupSize", "not valid JSON of the expected type")]
    [InlineData("{\"title\":\"T\",\"expectedSales\":0}", "expectedSales", "Enter a number of at least 1, or leave it empty.")]
    [InlineData("{\"title\":\"T\",\"expectedMarketing\":-3}", "expectedMarketing", "Enter a number of at least 1, or leave it empty.")]
    public async Task Post_InvalidInput_Returns400AndCreatesNothing(string json, string field, string message)
    {
        var before = await fixture.App.WithDbAsync(db => db.Assessments.CountAsync());

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostRawAsync($"/api/v1/organizations/{fixture.OrganizationA}/assessments", json);

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors![field].Single().Should().Contain(message);
        (await fixture.App.WithDbAsync(db => db.Assessments.CountAsync())).Should().Be(before);
    }

    [Theory]
    [InlineData("ru", null, "ru")]
    [InlineData("nl", null, "nl")]
    [InlineData("de", null, "en")]
    [InlineData("ru", "nl", "nl")]
    public async Task Post_SurveyLanguage_IsTheChosenOneElseTheConsultantsOwn(string consultantLanguage, string? chosen, string expected)
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments?ui-culture={consultantLanguage}", new { title = "Languages", surveyLanguage = chosen });

        response.ShouldBeJson(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<AssessmentBody>();
        created!.SurveyLanguage.Should().Be(expected);
        (await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == created.Id))).SurveyLanguage.Should().Be(expected);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("ru-RU<script>")]
    public async Task Post_UnknownSurveyLanguage_Returns400AndCreatesNothing(string language)
    {
        var before = await fixture.App.WithDbAsync(db => db.Assessments.CountAsync());

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments?ui-culture=ru", new { title = "T", surveyLanguage = language });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["surveyLanguage"].Single()
            .Should().Be("Выберите язык опроса: английский, русский или нидерландский.", "the message is in the caller's language");
        (await fixture.App.WithDbAsync(db => db.Assessments.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task Post_LongTitle_Returns400()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = new string('t', Assessment.TitleMaxLength + 1) });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["title"].Single().Should().Be("The title is too long.");
    }

    [Fact]
    public async Task Post_Executive_OwnOrganization403_OtherOrganization404()
    {
        var client = fixture.ClientFor(ApiFixture.ExecutiveA);

        var own = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = "Sneaky" });
        var other = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationB}/assessments", new { title = "Sneaky" });

        (await own.ProblemAsync(HttpStatusCode.Forbidden)).Status.Should().Be(403);
        (await other.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
        (await fixture.App.WithDbAsync(db => db.Assessments.AnyAsync(a => a.Title == "Sneaky"))).Should().BeFalse();
    }

    [Fact]
    public async Task Post_OtherTenantOrUnknownOrganization_Returns404()
    {
        var client = fixture.ClientFor(ApiFixture.ConsultantB);

        (await (await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = "X" })).ProblemAsync(HttpStatusCode.NotFound))
            .Status.Should().Be(404);
        (await (await client.PostAsJsonAsync("/api/v1/organizations/999999/assessments", new { title = "X" })).ProblemAsync(HttpStatusCode.NotFound))
            .Status.Should().Be(404);
    }

    [Fact]
    public async Task Close_Consultant_ClosesAndSurveyThenAnswers409()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var client = fixture.ClientFor(ApiFixture.ConsultantA);

        var response = await client.PostAsync($"/api/v1/assessments/{assessment.Id}/close", null);
        var again = await client.PostAsync($"/api/v1/assessments/{assessment.Id}/close", null);

        response.ShouldBeJson(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<AssessmentBody>())!.Status.Should().Be("Closed");
        again.ShouldBeJson(HttpStatusCode.OK, "closing is idempotent");
        var stored = await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id));
        stored.Status.Should().Be(AssessmentStatus.Closed);
        stored.ClosedOn.Should().NotBeNull();
        var submit = await fixture.ClientFor(null).PostAsJsonAsync(
            $"/api/v1/surveys/{assessment.Links[0].Token}/responses", new { role = "Staff", answers = Enumerable.Repeat(3, 20) });
        (await submit.ProblemAsync(HttpStatusCode.Conflict)).Status.Should().Be(409);
    }

    [Fact]
    public async Task Close_ExecutiveOrOtherTenant_DeniedAndStaysOpen()
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var executive = await fixture.ClientFor(ApiFixture.ExecutiveA).PostAsync($"/api/v1/assessments/{assessment.Id}/close", null);
        var otherTenant = await fixture.ClientFor(ApiFixture.ConsultantB).PostAsync($"/api/v1/assessments/{assessment.Id}/close", null);
        var unknown = await fixture.ClientFor(ApiFixture.ConsultantB).PostAsync("/api/v1/assessments/999999/close", null);

        (await executive.ProblemAsync(HttpStatusCode.Forbidden)).Status.Should().Be(403);
        (await otherTenant.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
        (await unknown.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
        (await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id))).Status.Should().Be(AssessmentStatus.Open);
    }

    [Fact]
    public async Task Get_ExecutiveReadsOwnWithoutLinks_OtherTenant404()
    {
        var own = await fixture.ClientFor(ApiFixture.ExecutiveA).GetFromJsonAsync<AssessmentBody>($"/api/v1/assessments/{fixture.AssessmentA.Id}");
        var consultant = await fixture.ClientFor(ApiFixture.ConsultantA).GetFromJsonAsync<AssessmentBody>($"/api/v1/assessments/{fixture.AssessmentA.Id}");
        var other = await fixture.ClientFor(ApiFixture.ExecutiveA).GetAsync($"/api/v1/assessments/{fixture.AssessmentB.Id}");

        own!.Title.Should().Be("Org A assessment");
        (own.SalesSurveyUrl, own.MarketingSurveyUrl).Should().Be(((string?)null, (string?)null), "an executive with a link could answer for others (issue 11)");
        consultant!.SalesSurveyUrl.Should().Contain("/s/");
        (await other.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
    }

    /// <summary>The bounds come from the anonymity rule and still show in the OpenAPI document.</summary>
    [Fact]
    public async Task OpenApi_StartRequest_ShowsTheAnonymityRulesBounds()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await fixture.App.CreateBrowser().GetStringAsync("/openapi/v1.json"));

        var size = document.RootElement.GetProperty("paths").GetProperty("/api/v1/organizations/{organizationId}/assessments").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("properties").GetProperty("minimumGroupSize");
        (size.GetProperty("minimum").GetInt32(), size.GetProperty("maximum").GetInt32())
            .Should().Be((AnonymityRule.SmallestAllowed, AnonymityRule.LargestAllowed));
    }

    public sealed record AssessmentBody(
        int Id, int OrganizationId, string Title, string Status, int MinimumGroupSize, int? ExpectedSales, int? ExpectedMarketing,
        string? SalesSurveyUrl, string? MarketingSurveyUrl, string SurveyLanguage, OpenLinksBody OpenLinks);

    public sealed record OpenLinksBody(bool Sales, bool Marketing);
}
