using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Api;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// CSRF as an attacker tries it: a signed-in consultant's or administrator's browser sends the cookie to every unsafe
/// API endpoint (found from the endpoint data source, so a new endpoint is covered without editing this test) from
/// http://evil.example: refused with 403 and nothing in the database changes. From this site it gets the endpoint's
/// normal answer, the same as a bearer-token call.
/// </summary>
public sealed class CrossSiteRequestsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private const string Evil = "http://evil.example";
    private const string Self = "http://localhost";

    public static TheoryData<string> Callers() => new() { ApiFixture.ConsultantA, ApiFixture.Admin };

    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Every unsafe method and URL under /api, with route values of organization A's data.</summary>
    private async Task<List<(string Method, string Url)>> UnsafeApiCallsAsync()
    {
        var token = await fixture.App.WithDbAsync(db => Task.FromResult(db.SurveyLinks.First(l => l.AssessmentId == fixture.AssessmentA.Id).Token));
        var calls = new List<(string, string)>();
        foreach (var endpoint in fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
            if (!(pattern.RawText ?? "").TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var url = "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => parameter.Name switch
                {
                    "organizationId" => fixture.OrganizationA.ToString(CultureInfo.InvariantCulture),
                    "id" when pattern.RawText!.Contains("organizations/{id", StringComparison.OrdinalIgnoreCase) => fixture.OrganizationA.ToString(CultureInfo.InvariantCulture),
                    "id" => fixture.AssessmentA.Id.ToString(CultureInfo.InvariantCulture),
                    "token" => token,
                    "userId" => "no-such-user",
                    "responseId" => "1",
                    _ => throw new InvalidOperationException($"Give the route parameter '{parameter.Name}' of {pattern.RawText} a value in this test."),
                },
                _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}."),
            }))));
            calls.AddRange(methods.Where(m => UnsafeMethods.Contains(m, StringComparer.OrdinalIgnoreCase)).Select(m => (m, url)));
        }

        return calls;
    }

    private async Task<HttpClient> SignedInBrowserAsync(string email)
    {
        var browser = fixture.App.CreateBrowser();
        (await browser.SignInAsync(email)).ShouldBeRedirect();
        return browser;
    }

    private static HttpRequestMessage Request(string method, string url, string? origin, bool formBody, string? referer = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        if (formBody)
        {
            request.Content = new FormUrlEncodedContent([new("title", "Pwned"), new("name", "Pwned"), new("email", "evil@evil.example")]);
        }

        return request;
    }

    /// <summary>Every row of every table, for "nothing changed".</summary>
    private string DatabaseContents()
    {
        using var connection = new SqliteConnection($"Data Source={fixture.App.DatabasePath};Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var contents = new StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            contents.Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    contents.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                contents.Append('\n');
            }
        }

        return contents.ToString();
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task UnsafeApiCall_CrossSiteWithCookie_Refused403AndNothingChanges(string caller)
    {
        var calls = await UnsafeApiCallsAsync();
        calls.Should().Contain(("POST", $"/api/v1/assessments/{fixture.AssessmentA.Id}/close"), "the endpoints come from the endpoint data source");
        var browser = await SignedInBrowserAsync(caller);
        var before = DatabaseContents();

        foreach (var (method, url) in calls)
        {
            foreach (var formBody in new[] { true, false })
            {
                using var request = Request(method, url, Evil, formBody);
                var problem = await (await browser.SendAsync(request)).ProblemAsync(HttpStatusCode.Forbidden);
                problem.Detail.Should().Be(CrossSiteRequests.RefusedDetail, $"{caller} {method} {url} from {Evil} (form body: {formBody})");
            }

            // A browser that sends neither Origin nor Referer cannot be told from a forged request either.
            using var bare = Request(method, url, origin: null, formBody: false);
            (await browser.SendAsync(bare)).StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{method} {url} without Origin or Referer");
        }

        DatabaseContents().Should().Be(before, "no cross-site call may change anything");
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task UnsafeApiCall_SameOriginWithCookie_GetsTheAnswerOfABearerCall(string caller)
    {
        var browser = await SignedInBrowserAsync(caller);
        var bearer = fixture.ClientFor(caller);

        // Signing out ends every session of the caller, this test's bearer token included (Accounts/SessionRevocationTests).
        foreach (var (method, url) in (await UnsafeApiCallsAsync()).Where(c => !c.Url.EndsWith(AuthEndpoints.LogoutRoute, StringComparison.Ordinal)))
        {
            foreach (var formBody in new[] { true, false })
            {
                using var sameSite = Request(method, url, Self, formBody);
                using var withToken = Request(method, url, Evil, formBody);
                var cookieAnswer = await browser.SendAsync(sameSite);
                var tokenAnswer = await bearer.SendAsync(withToken);

                cookieAnswer.StatusCode.Should().Be(tokenAnswer.StatusCode, $"{caller} {method} {url} (form body: {formBody}): the cookie from this site works like a token");
            }
        }
    }

    [Fact]
    public async Task Close_SameOriginCookieByOriginOrReferer_ClosesAndBearerIgnoresOrigin()
    {
        var browser = await SignedInBrowserAsync(ApiFixture.ConsultantA);
        var byOrigin = await fixture.NewAssessmentInAAsync();
        var byReferer = await fixture.NewAssessmentInAAsync();
        var byToken = await fixture.NewAssessmentInAAsync();

        using var originRequest = Request("POST", $"/api/v1/assessments/{byOrigin.Id}/close", Self, formBody: false);
        using var refererRequest = Request("POST", $"/api/v1/assessments/{byReferer.Id}/close", origin: null, formBody: false, referer: Self + "/Assessments/" + byReferer.Id);
        using var tokenRequest = Request("POST", $"/api/v1/assessments/{byToken.Id}/close", Evil, formBody: false);
        (await browser.SendAsync(originRequest)).ShouldBeJson(HttpStatusCode.OK);
        (await browser.SendAsync(refererRequest)).ShouldBeJson(HttpStatusCode.OK);
        (await fixture.ClientFor(ApiFixture.ConsultantA).SendAsync(tokenRequest)).ShouldBeJson(HttpStatusCode.OK);

        var statuses = await fixture.App.WithDbAsync(db => Task.FromResult(
            db.Assessments.Where(a => a.Id == byOrigin.Id || a.Id == byReferer.Id || a.Id == byToken.Id).Select(a => a.Status).ToList()));
        statuses.Should().Equal(AssessmentStatus.Closed, AssessmentStatus.Closed, AssessmentStatus.Closed);
    }

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("null", null)]
    [InlineData("http://localhost:8080", null)]
    [InlineData("https://localhost", null)]
    [InlineData(null, "http://evil.example/Assessments/1")]
    [InlineData(null, "http://localhost.evil.example/")]
    public async Task Close_CookieFromAnotherOrigin_Refused(string? origin, string? referer)
    {
        var browser = await SignedInBrowserAsync(ApiFixture.ConsultantA);
        var assessment = await fixture.NewAssessmentInAAsync();

        using var request = Request("POST", $"/api/v1/assessments/{assessment.Id}/close", origin, formBody: true, referer);
        await (await browser.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await fixture.App.WithDbAsync(db => db.Assessments.FindAsync(assessment.Id).AsTask())).Should().Match<Assessment>(a => a.Status == AssessmentStatus.Open);
    }
}
