using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Tests.Api;

/// <summary>
/// Bad input anywhere under /api answers ProblemDetails with the right status, never HTML or 500, whether the
/// endpoint reads its body with ApiJson (surveys) or through framework binding (conditions), and saves nothing.
/// </summary>
public sealed class ApiPipelineTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly int[] AllFours = Enumerable.Repeat(4, 20).ToArray();

    private string ConditionsUrl => $"/api/v1/assessments/{fixture.AssessmentA.Id}/conditions";

    private static string ResponsesUrl(Assessment assessment) =>
        $"/api/v1/surveys/{assessment.Links.Single(l => l.Department == Department.Sales).Token}/responses";

    private static HttpRequestMessage Raw(HttpMethod method, string url, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(method, url) { Content = content };
    }

    private static HttpRequestMessage Raw(HttpMethod method, string url, string body, string contentType = "application/json") =>
        Raw(method, url, Encoding.UTF8.GetBytes(body), contentType);

    private Task<int> CountResponsesAsync(int assessmentId) =>
        fixture.App.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessmentId));

    [Fact]
    public async Task ResponsesCsv_UnknownAssessment_Returns404Problem()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).GetAsync("/api/v1/assessments/987654/responses.csv");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownPath_Returns404ProblemEvenWhenHtmlIsAccepted()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-thing");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        problem.Detail.Should().Contain("no API endpoint");
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).DeleteAsync("/api/v1/organizations");

        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task PutConditions_WrongContentType_Returns415Problem(string contentType)
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).SendAsync(Raw(HttpMethod.Put, ConditionsUrl, "{\"conditions\":[]}", contentType));

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.Errors!["body"].Single().Should().Contain("application/json");
    }

    [Theory]
    [InlineData("{\"conditions\":[", "JSON")]
    [InlineData("{\"conditions\":5}", "JSON")]
    [InlineData("{\"conditions\":[\"\\ud800\"]}", "lone surrogate")]
    public async Task PutConditions_MalformedOrWrongType_Returns400Problem(string body, string explanation)
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).SendAsync(Raw(HttpMethod.Put, ConditionsUrl, body));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.Errors!.Should().ContainSingle("one error, for the body or the field that is wrong").Subject.Value.Single();
        message.Should().Contain(explanation).And.NotContain("ConditionsRequest", "the .NET type is not the client's business");
    }

    [Fact]
    public async Task PutConditions_InvalidUtf8_Returns400Problem()
    {
        var body = Encoding.UTF8.GetBytes("{\"conditions\":[\"").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"]}")).ToArray();

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).SendAsync(Raw(HttpMethod.Put, ConditionsUrl, body, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PutConditions_Oversize_Returns413Problem()
    {
        var body = "{\"conditions\":[\"" + new string('a', 100 * 1024) + "\"]}";

        var response = await fixture.ClientFor(ApiFixture.ConsultantA).SendAsync(Raw(HttpMethod.Put, ConditionsUrl, body));

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task SubmitSurvey_InvalidUtf8_Returns400ProblemAndStoresNothing()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var body = Encoding.UTF8.GetBytes("{\"role\":\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes($"\",\"answers\":[{string.Join(",", AllFours)}]}}")).ToArray();

        var response = await fixture.ClientFor(null).SendAsync(Raw(HttpMethod.Post, ResponsesUrl(assessment), body, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!["body"].Single().Should().Contain("UTF-8");
        (await CountResponsesAsync(assessment.Id)).Should().Be(0);
    }

    [Theory]
    [InlineData("role", "{\"role\":\"\\ud800\",\"answers\":[4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4]}")]
    [InlineData("submissionKey", "{\"role\":\"Staff\",\"answers\":[4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4],\"submissionKey\":\"k\\udfff\"}")]
    public async Task SubmitSurvey_LoneSurrogate_Returns400ProblemNamingTheFieldAndStoresNothing(string field, string body)
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var response = await fixture.ClientFor(null).SendAsync(Raw(HttpMethod.Post, ResponsesUrl(assessment), body));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!.Should().ContainKey(field);
        (await CountResponsesAsync(assessment.Id)).Should().Be(0);
    }

    [Fact]
    public async Task SubmitSurvey_WrongContentType_Returns415Problem()
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var response = await fixture.ClientFor(null).SendAsync(Raw(HttpMethod.Post, ResponsesUrl(assessment), "{}", "text/plain"));

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task SubmitSurvey_Oversize_Returns413Problem()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var body = $"{{\"role\":\"Staff\",\"answers\":[{string.Join(",", AllFours)}],\"submissionKey\":\"{new string('k', 100 * 1024)}\"}}";

        var response = await fixture.ClientFor(null).SendAsync(Raw(HttpMethod.Post, ResponsesUrl(assessment), body));

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await CountResponsesAsync(assessment.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Page_UnknownPath_StillGetsTheHtmlErrorPage()
    {
        var response = await fixture.App.CreateBrowser().GetAsync("/no-such-page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<h1>");
    }
}
