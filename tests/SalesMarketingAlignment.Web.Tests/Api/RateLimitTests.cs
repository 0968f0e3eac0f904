using System.Net;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Api;

public sealed class RateLimitTests : IDisposable
{
    private readonly AppFactory _app = new(new Dictionary<string, string?> { ["Api:AnonymousPermitsPerMinute"] = "3" });

    [Fact]
    public async Task AnonymousEndpoints_OverTheLimit_Return429ProblemWithRetryAfter()
    {
        var client = _app.CreateBrowser();
        for (var i = 0; i < 3; i++)
        {
            await (await client.GetAsync("/api/v1/surveys/unknown")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var limited = await client.GetAsync("/api/v1/surveys/unknown");
        var login = await client.PostRawAsync("/api/v1/auth/login", "{}");

        (await limited.ProblemAsync(HttpStatusCode.TooManyRequests)).Status.Should().Be(429);
        limited.Headers.RetryAfter.Should().NotBeNull();
        await login.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "login shares the anonymous limit");
        (await client.GetAsync("/healthz")).ShouldBeJson(HttpStatusCode.OK, "pages and other endpoints are not limited");
    }

    public void Dispose() => _app.Dispose();
}
