using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Gates;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Infrastructure;

public enum Device
{
    /// <summary>1280x800 desktop window.</summary>
    Desktop,

    /// <summary>375x667 phone (iPhone SE size) with touch and a mobile viewport.</summary>
    Phone,
}

/// <summary>
/// Debian's Chromium (/usr/bin/chromium) driven by Playwright; one browser per collection, a fresh context per test.
/// Playwright's own browser download is never used (it cannot be reached from the build machines).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps calling Google hosts that the closed network refuses.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("BROWSER_TESTS_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}. Run scripts/ensure-test-prerequisites.sh (installs Debian's chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        HtmlChecker.WarmUp();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// Opens a new browser context and page against <paramref name="server"/>; dispose the session at the end of the
    /// test (it then checks the HTML of every page the gates were run on, in one Nu HTML Checker run).
    /// </summary>
    public async Task<BrowserSession> OpenAsync(
        AppServer server,
        ITestOutputHelper output,
        Device device = Device.Desktop,
        [CallerMemberName] string testName = "")
    {
        var session = await OpenAsync(server.BaseUrl, output, device, testName);
        session.ChecksSecurityHeaders = true;
        return session;
    }

    /// <summary>Same as the other overload, for any site (the gates' self-tests use a static sample site).</summary>
    public async Task<BrowserSession> OpenAsync(
        string baseUrl,
        ITestOutputHelper output,
        Device device = Device.Desktop,
        [CallerMemberName] string testName = "")
    {
        var context = await Browser.NewContextAsync(ContextOptions(baseUrl, device));
        context.SetDefaultTimeout(BrowserSession.TimeoutMilliseconds);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, baseUrl, output, Artifacts.ForTest($"{testName}-{device}"));
    }

    private static BrowserNewContextOptions ContextOptions(string baseUrl, Device device) => device switch
    {
        Device.Desktop => new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
        },
        Device.Phone => new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 375, Height = 667 },
            ScreenSize = new ScreenSize { Width = 375, Height = 667 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "en-US",
            UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(device), device, null),
    };
}
