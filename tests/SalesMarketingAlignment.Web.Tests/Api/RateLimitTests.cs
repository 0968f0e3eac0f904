using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Api;

/// <summary>
/// Every anonymous form and endpoint answers 429 with Retry-After past its per-address limit (issue 11: 400 survey
/// posts in under a minute were accepted). The test server has no client address, so a startup filter gives each
/// request the address in its <see cref="PeerHeader"/>, as a TCP connection would.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    /// <summary>The address the "connection" comes from (set before the app's own pipeline, as Kestrel would).</summary>
    private const string PeerHeader = "X-Test-Peer";

    private const string Proxy = "10.0.0.1";

    private static readonly int[] AllThrees = Enumerable.Repeat(3, 20).ToArray();

    private readonly AppFactory _app = new(new Dictionary<string, string?>
    {
        ["Api:AnonymousPermitsPerMinute"] = "3",
        ["RateLimits:SurveyResponsesPerMinute"] = "2",
        ["RateLimits:SignInAttemptsPerMinute"] = "2",
        ["RateLimits:OtherFormPostsPerMinute"] = "2",
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
    });

    private readonly WebApplicationFactory<Program> _host;

    public RateLimitTests() =>
        _host = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, PeerAddressFromHeader>()));

    private HttpClient ClientFrom(string peer, string? forwardedFor = null)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    private async Task<(string Sales, int AssessmentId)> OpenSurveyAsync()
    {
        var assessment = await _app.CreateAssessmentAsync("Limits " + Guid.NewGuid().ToString("N")[..6]);
        return (assessment.Links.Single(l => l.Department == Department.Sales).Token, assessment.Id);
    }

    private Task<int> CountAsync(int assessmentId) => _app.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessmentId));

    private static async Task<HttpResponseMessage> SendSurveyFormAsync(HttpClient client, string token)
    {
        var page = await client.GetDocumentAsync($"/s/{token}");
        return await client.PostFormAsync($"/s/{token}", page,
            new[] { new KeyValuePair<string, string>("Input.Role", "Staff") }
                .Concat(Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", "3"))));
    }

    private static void ShouldBeRetryAfter(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var seconds = response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        seconds.Should().BeInRange(1, 60);
    }

    [Fact]
    public async Task AnonymousApi_OverTheLimit_Returns429ProblemWithRetryAfter()
    {
        var client = ClientFrom("198.51.100.7");
        for (var i = 0; i < 3; i++)
        {
            await (await client.GetAsync("/api/v1/surveys/unknown")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var limited = await client.GetAsync("/api/v1/surveys/unknown");

        (await limited.ProblemAsync(HttpStatusCode.TooManyRequests)).Status.Should().Be(429);
        ShouldBeRetryAfter(limited);
        (await client.GetAsync("/healthz")).ShouldBeJson(HttpStatusCode.OK, "pages and other endpoints are not limited");
    }

    [Fact]
    public async Task SurveyForm_PastTheLimit_Returns429PageWithRetryAfterAndStoresNothing()
    {
        var (sales, assessmentId) = await OpenSurveyAsync();
        var client = ClientFrom("198.51.100.8");
        (await SendSurveyFormAsync(client, sales)).ShouldBeRedirect();
        (await SendSurveyFormAsync(client, sales)).ShouldBeRedirect();

        var limited = await SendSurveyFormAsync(client, sales);

        limited.ShouldBeHtml(HttpStatusCode.TooManyRequests);
        ShouldBeRetryAfter(limited);
        var page = await Html.ParseAsync(limited);
        page.Text("h1").Should().Be("Too many attempts");
        page.Text("main").Should().Contain("nothing was saved");
        (await CountAsync(assessmentId)).Should().Be(2);
        (await client.GetAsync($"/s/{sales}")).ShouldBeHtml(HttpStatusCode.OK, "reading the form is not limited, only sending it");
    }

    [Fact]
    public async Task SurveyForm_PastTheLimitInRussian_LocalizedPage()
    {
        var (sales, _) = await OpenSurveyAsync();
        var client = ClientFrom("198.51.100.18");
        client.DefaultRequestHeaders.Add("Accept-Language", "ru");
        await SendSurveyFormAsync(client, sales);
        await SendSurveyFormAsync(client, sales);

        var limited = await SendSurveyFormAsync(client, sales);

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await Html.ParseAsync(limited)).Text("h1").Should().Be("Слишком много попыток");
    }

    [Fact]
    public async Task SurveyApiAndForm_ShareOneLimit_AlternatingGainsNothing()
    {
        var (sales, assessmentId) = await OpenSurveyAsync();
        var client = ClientFrom("198.51.100.9");
        (await SendSurveyFormAsync(client, sales)).ShouldBeRedirect();
        (await client.PostAsJsonAsync($"/api/v1/surveys/{sales}/responses", new { role = "Staff", answers = AllThrees })).ShouldBeJson(HttpStatusCode.Created);

        var api = await client.PostAsJsonAsync($"/api/v1/surveys/{sales}/responses", new { role = "Staff", answers = AllThrees });
        var form = await SendSurveyFormAsync(client, sales);

        await api.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        ShouldBeRetryAfter(api);
        form.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await CountAsync(assessmentId)).Should().Be(2);
    }

    [Fact]
    public async Task SignIn_PageAndApiPastTheLimit_Return429WithRetryAfter()
    {
        var page = ClientFrom("198.51.100.10");
        var api = ClientFrom("198.51.100.11");
        for (var i = 0; i < 2; i++)
        {
            (await page.SignInAsync("nobody@example.test", "wrong password")).ShouldBeHtml(HttpStatusCode.OK);
            await (await api.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.test", password = "wrong password" }))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var pageLimited = await page.SignInAsync("nobody@example.test", "wrong password");
        var apiLimited = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.test", password = "wrong password" });

        pageLimited.ShouldBeHtml(HttpStatusCode.TooManyRequests);
        ShouldBeRetryAfter(pageLimited);
        await apiLimited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        ShouldBeRetryAfter(apiLimited);
    }

    [Fact]
    public async Task OtherAnonymousForm_PastTheLimit_Returns429()
    {
        var client = ClientFrom("198.51.100.12");
        var page = await client.GetDocumentAsync("/Account/Login");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostFormAsync("/Language", page, [new("culture", "nl"), new("returnUrl", "/")], "form.language-form");
        }

        last!.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ShouldBeRetryAfter(last);
    }

    [Fact]
    public async Task ForwardedFor_FromAnUnlistedSender_IgnoredAndCannotDodgeTheLimit()
    {
        // The attacker sends a new X-Forwarded-For with every post, hoping each counts as another client.
        var (sales, assessmentId) = await OpenSurveyAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var client = ClientFrom("203.0.113.9", forwardedFor: $"192.0.2.{i + 1}");
            statuses.Add((await SendSurveyFormAsync(client, sales)).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        (await CountAsync(assessmentId)).Should().Be(2);
    }

    [Fact]
    public async Task ForwardedFor_FromTheListedProxy_EachClientHasItsOwnLimit()
    {
        var (sales, assessmentId) = await OpenSurveyAsync();
        var first = ClientFrom(Proxy, forwardedFor: "192.0.2.50");
        var second = ClientFrom(Proxy, forwardedFor: "192.0.2.51");
        (await SendSurveyFormAsync(first, sales)).ShouldBeRedirect();
        (await SendSurveyFormAsync(first, sales)).ShouldBeRedirect();

        var firstAgain = await SendSurveyFormAsync(first, sales);
        var secondClient = await SendSurveyFormAsync(second, sales);

        firstAgain.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the proxy's header names the real client, whose limit is used up");
        secondClient.ShouldBeRedirect(because: "another client behind the same proxy has its own limit");
        (await CountAsync(assessmentId)).Should().Be(3);
    }

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
    }

    /// <summary>Sets the connection's remote address from <see cref="PeerHeader"/> before anything else runs.</summary>
    private sealed class PeerAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
