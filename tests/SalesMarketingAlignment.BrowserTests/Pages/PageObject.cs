using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.Pages;

/// <summary>
/// Base of the page objects (LoginPage, SurveyPage, ...): one class per Razor page, holding its locators and actions.
/// Every way of arriving on the page (<see cref="GotoAsync"/>, <see cref="AssertArrivedAsync"/>) runs the gates.
/// </summary>
public abstract class PageObject
{
    protected PageObject(BrowserSession session, string path)
    {
        Session = session;
        Path = path;
    }

    public BrowserSession Session { get; }

    public IPage Page => Session.Page;

    public string BaseUrl => Session.BaseUrl;

    /// <summary>The page's path and query under the base URL, e.g. "/Account/Login" or "/s/abc123".</summary>
    public string Path { get; }

    /// <summary>Opens the page by URL, expects <paramref name="expectedStatus"/>, then runs the gates.</summary>
    public virtual async Task GotoAsync(int expectedStatus = 200)
    {
        await Session.GotoAsync(Path, expectedStatus);
        await CheckGatesAsync();
    }

    /// <summary>After a click or a form post: waits until the browser shows this page, then runs the gates.</summary>
    public async Task AssertArrivedAsync()
    {
        var path = Path.Split('?')[0];
        await Page.WaitForURLAsync(new Regex("^" + Regex.Escape(BaseUrl + path) + @"(\?.*)?$", RegexOptions.IgnoreCase));
        await CheckGatesAsync();
    }

    /// <summary>Accessibility, console and network gates now; HTML validity is checked when the session ends.</summary>
    public Task CheckGatesAsync() => Session.CheckPageAsync(GetType().Name);
}
