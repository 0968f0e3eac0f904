using System.Net;
using System.Text;
using Xunit.Sdk;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>The response assertions must reject the answers they exist to catch, and say what they saw.</summary>
public sealed class HttpResponseAssertionsTests
{
    private const string ErrorPage = "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>";

    private static HttpResponseMessage Answer(HttpStatusCode status, string body = "", string? mediaType = null, string? location = null)
    {
        var response = new HttpResponseMessage(status)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://localhost/api/v1/things/7"),
        };
        if (mediaType is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        if (location is not null)
        {
            response.Headers.Location = new Uri(location, UriKind.Relative);
        }

        return response;
    }

    [Fact]
    public async Task ShouldBeProblemAsync_ProblemWithTheSameStatus_Passes()
    {
        var response = Answer(HttpStatusCode.NotFound, "{\"status\":404,\"title\":\"Not Found\"}", "application/problem+json");

        await response.Invoking(r => r.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Should().NotThrowAsync();
    }

    [Fact]
    public async Task ShouldBeProblemAsync_HtmlErrorPage_FailsNamingRequestStatusTypeAndBody()
    {
        var response = Answer(HttpStatusCode.NotFound, ErrorPage, "text/html");

        (await response.Invoking(r => r.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Should().ThrowAsync<XunitException>())
            .WithMessage("*GET /api/v1/things/7*404 application/problem+json*404 text/html*Page not found*");
    }

    [Theory]
    [InlineData("{\"status\":500}")]
    [InlineData("{\"title\":\"no status\"}")]
    [InlineData("")]
    public async Task ShouldBeProblemAsync_BodyStatusMissingOrDifferent_Fails(string body)
    {
        var response = Answer(HttpStatusCode.NotFound, body, "application/problem+json");

        await response.Invoking(r => r.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Should().ThrowAsync<XunitException>();
    }

    [Fact]
    public void ShouldBeJson_HtmlPageWithTheRightStatus_Fails()
    {
        var response = Answer(HttpStatusCode.OK, ErrorPage, "text/html");

        response.Invoking(r => r.ShouldBeJson(HttpStatusCode.OK)).Should().Throw<XunitException>().WithMessage("*200 text/html*");
    }

    [Fact]
    public void ShouldBeJson_JsonTypeButNotJson_Fails()
    {
        var response = Answer(HttpStatusCode.OK, "not json", "application/json");

        response.Invoking(r => r.ShouldBeJson(HttpStatusCode.OK)).Should().Throw<XunitException>();
    }

    [Fact]
    public async Task ShouldBeJson_JsonWithTheStatus_PassesAndLeavesTheBodyReadable()
    {
        var response = Answer(HttpStatusCode.Created, "{\"id\":7}", "application/json");

        response.ShouldBeJson(HttpStatusCode.Created);

        (await response.Content.ReadAsStringAsync()).Should().Be("{\"id\":7}");
    }

    [Fact]
    public void ShouldBeHtml_EmptyBodyOrOtherStatus_Fails()
    {
        Answer(HttpStatusCode.NotFound).Invoking(r => r.ShouldBeHtml(HttpStatusCode.NotFound))
            .Should().Throw<XunitException>().WithMessage("*404 (no content type)*");
        Answer(HttpStatusCode.OK, ErrorPage, "text/html").Invoking(r => r.ShouldBeHtml(HttpStatusCode.NotFound))
            .Should().Throw<XunitException>();
    }

    [Fact]
    public void ShouldBe_CsvWhenPdfExpected_Fails()
    {
        var response = Answer(HttpStatusCode.OK, "a,b\r\n", "text/csv");

        response.Invoking(r => r.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf)).Should().Throw<XunitException>();
        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.TextCsv);
    }

    [Fact]
    public void ShouldBeRedirect_NoLocationOrAnotherTarget_Fails()
    {
        Answer(HttpStatusCode.Redirect).Invoking(r => r.ShouldBeRedirect()).Should().Throw<XunitException>();
        Answer(HttpStatusCode.Redirect, location: "/Account/Login").Invoking(r => r.ShouldBeRedirect("/Account/AccessDenied"))
            .Should().Throw<XunitException>().WithMessage("*302 to /Account/AccessDenied*302 (no content type) to /Account/Login*");
        Answer(HttpStatusCode.Redirect, location: "/Account/Login?ReturnUrl=%2F").ShouldBeRedirect("/Account/Login");
    }

    [Fact]
    public void ShouldHaveNoBody_AnyBody_Fails()
    {
        Answer(HttpStatusCode.OK, "{}", "application/json").Invoking(r => r.ShouldHaveNoBody(HttpStatusCode.OK)).Should().Throw<XunitException>();
        Answer(HttpStatusCode.OK).ShouldHaveNoBody(HttpStatusCode.OK);
    }

    [Fact]
    public void Failure_BracesInReasonAndBody_AreShownAsTheyAre()
    {
        var response = Answer(HttpStatusCode.OK, "{\"id\":7}", "application/json");

        response.Invoking(r => r.ShouldBeHtml(HttpStatusCode.OK, "GET /Organizations/{orgA}")).Should().Throw<XunitException>()
            .Which.Message.Should().Contain("GET /Organizations/{orgA}").And.Contain("{\"id\":7}");
    }

    [Fact]
    public void Failure_LongBody_ShowsOnlyItsFirst300Characters()
    {
        var body = new string('a', 300) + new string('b', 700);
        var response = Answer(HttpStatusCode.OK, body, "text/plain");

        var failure = response.Invoking(r => r.ShouldBeJson(HttpStatusCode.OK)).Should().Throw<XunitException>().Which.Message;

        failure.Should().Contain(new string('a', 300) + "…").And.NotContain("bbb");
    }
}
