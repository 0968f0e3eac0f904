using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests;

/// <summary>The harness against the real app: Kestrel on a free port, own database file, desktop and phone contexts.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class HarnessTests(AppServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(browser, output)
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Healthz_AnswersOk(Device device)
    {
        var session = await OpenAsync(server, device);

        var response = await session.GotoAsync("/healthz");

        response.Status.Should().Be(200);
        session.Page.Url.Should().Be(server.BaseUrl + "/healthz");
        await session.AssertHealthyAsync();
    }

    [Fact]
    public async Task Fetch_UnknownPath_IsReportedUnlessExpected()
    {
        var session = await OpenAsync(server);
        await session.GotoAsync("/healthz");

        await session.Page.EvaluateAsync("() => fetch('/no-such-page').then(response => response.text())");
        var unexpected = await FluentActions.Awaiting(() => session.AssertHealthyAsync())
            .Should().ThrowAsync<Gates.GateFailedException>();
        unexpected.Which.Problems.Should().Contain(p => p.StartsWith("HTTP 404: GET") && p.EndsWith("/no-such-page"));

        session.Health.ExpectResponse("/no-such-page", 404);
        await session.Page.EvaluateAsync("() => fetch('/no-such-page').then(response => response.text())");
        await session.AssertHealthyAsync();
    }

    [Fact]
    public async Task Goto_UnknownPage_ShowsTheAppsNotFoundPage()
    {
        var session = await OpenAsync(server);
        session.Health.ExpectResponse("/no-such-page", 404);

        // An empty-bodied error would make Chromium show its own error page; the app renders a real one instead.
        await session.GotoAsync("/no-such-page", expectedStatus: 404);

        (await session.Page.Locator("main h1").InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
        await session.CheckPageAsync("not found");
    }

    [Fact]
    public void AppServer_GivesTheAppItsOwnDatabaseFile()
    {
        var configuration = server.Services.GetRequiredService<IConfiguration>();

        configuration.GetConnectionString("Default").Should().Be($"Data Source={server.DatabasePath}");
        server.DatabasePath.Should().StartWith(Path.GetTempPath());
        server.BaseUrl.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+$");
    }

    [Fact]
    public async Task StartAsync_ExtraSettings_ReachTheAppOnItsOwnPort()
    {
        await using var custom = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bootstrap:AdminEmail"] = "admin@example.test",
            ["Demo:Enabled"] = "true",
        });
        var configuration = custom.Services.GetRequiredService<IConfiguration>();

        configuration["Bootstrap:AdminEmail"].Should().Be("admin@example.test");
        configuration.GetValue<bool>("Demo:Enabled").Should().BeTrue();
        custom.BaseUrl.Should().NotBe(server.BaseUrl);
        custom.DatabasePath.Should().NotBe(server.DatabasePath);
        var session = await OpenAsync(custom);
        (await session.GotoAsync("/healthz")).Status.Should().Be(200);
    }
}
