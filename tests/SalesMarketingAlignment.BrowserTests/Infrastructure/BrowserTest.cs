using System.Runtime.CompilerServices;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Infrastructure;

/// <summary>
/// Base class of browser tests: open sessions with <see cref="OpenAsync(AppServer, Device, string)"/> and do not dispose
/// them yourself. xunit disposes the test class after the test, and reports a failure of the end-of-test gates
/// (HTML validity, late console/network problems) next to the test's own failure instead of replacing it, which an
/// <c>await using</c> in the test method would do.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<BrowserSession> _sessions = [];

    protected BrowserFixture Browser { get; } = browser;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A new browser context and page on the app, for this test only.</summary>
    protected async Task<BrowserSession> OpenAsync(AppServer server, Device device = Device.Desktop, [CallerMemberName] string testName = "")
    {
        var session = await OpenAsync(server.BaseUrl, device, testName);
        session.ChecksSecurityHeaders = true;
        return session;
    }

    /// <summary>A new browser context and page on any site (the gates' self-tests use a static sample site).</summary>
    protected async Task<BrowserSession> OpenAsync(string baseUrl, Device device = Device.Desktop, [CallerMemberName] string testName = "")
    {
        var session = await Browser.OpenAsync(baseUrl, Output, device, $"{GetType().Name}.{testName}");
        _sessions.Add(session);
        return session;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        var failures = new List<Exception>();
        foreach (var session in _sessions)
        {
            try
            {
                await session.DisposeAsync();
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }

        if (failures.Count == 1)
        {
            throw failures[0];
        }

        if (failures.Count > 1)
        {
            throw new AggregateException("Several browser sessions failed their end-of-test gates.", failures);
        }
    }
}
