using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>
/// Base of the page objects (LoginPage, SurveyPage, ...): one class per Razor page, holding its locators and actions.
/// Every way of arriving on the page (<see cref="GotoAsync"/>, <see cref="AssertArrivedAsync"/>) runs the gates.
/// </summary>
public abstract class PageObject
{
    // A fragment survives a redirect (a form sent after following the skip link "#main" lands on "...#main").
    private const string QueryAndFragment = @"(\?[^#]*)?(#.*)?$";

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

    /// <summary>The page's main heading (there is one h1 per page).</summary>
    public ILocator Heading => Page.Locator("h1");

    /// <summary>Opens the page by URL, expects <paramref name="expectedStatus"/>, then runs the gates.</summary>
    public virtual async Task GotoAsync(int expectedStatus = 200)
    {
        await Session.GotoAsync(Path, expectedStatus);
        await CheckGatesAsync();
    }

    /// <summary>After a click or a form post: waits until the browser shows this page, then runs the gates.</summary>
    public virtual async Task AssertArrivedAsync()
    {
        var path = Path.Split('?')[0];
        // Not WaitForURLAsync: it can lose the navigation it waits for (see BrowserSession.WaitForAddressAsync).
        await Session.WaitForAddressAsync(new Regex("^" + Regex.Escape(BaseUrl + path) + QueryAndFragment, RegexOptions.IgnoreCase));
        await Session.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await CheckGatesAsync();
    }

    /// <summary>The language the page is shown in (its html lang).</summary>
    public async Task<string> LanguageAsync() => await Page.Locator("html").GetAttributeAsync("lang") ?? "en";

    /// <summary>
    /// The app's text for <paramref name="english"/> in the page's language: locators by accessible name then work
    /// in every language (<see cref="AppTexts"/>).
    /// </summary>
    protected async Task<string> TextAsync(string english, params object[] args) => AppTexts.Get(await LanguageAsync(), english, args);

    /// <summary>The department's name ("Sales", "Marketing") as the page shows it.</summary>
    protected async Task<string> DepartmentAsync(string department) => AppTexts.Department(await LanguageAsync(), department);

    /// <summary>The document's width beyond the viewport, in CSS pixels: 0 when nothing scrolls sideways.</summary>
    public Task<int> SidewaysOverflowAsync() =>
        Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>Accessibility, console and network gates now; HTML validity is checked when the session ends.</summary>
    public Task CheckGatesAsync() => Session.CheckPageAsync(GetType().Name);

    /// <summary>
    /// For pages whose address holds an id the test learns only on arrival (e.g. /Organizations/17 after creating
    /// one): waits until the path matches <paramref name="pathPattern"/> (anchored, query and fragment allowed) and returns the
    /// pattern's first group.
    /// </summary>
    protected static async Task<string> WaitForPathAsync(BrowserSession session, string pathPattern)
    {
        var pattern = new Regex("^" + Regex.Escape(session.BaseUrl) + pathPattern + QueryAndFragment, RegexOptions.IgnoreCase);
        await session.WaitForAddressAsync(pattern);
        await session.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        // The document's own address: Page.Url is the client's copy, which can still lag behind the navigation.
        var address = await session.Page.EvaluateAsync<string>("() => location.href");
        return pattern.Match(address).Groups[1].Value;
    }

    /// <summary>
    /// Runs <paramref name="submit"/> (a click or key press that posts a form answered at the same address: a
    /// re-rendered form, or a redirect back to itself) and waits for the new document, so that what follows sees the
    /// answer and not the page before the post.
    /// </summary>
    protected async Task SubmitAndWaitForNewDocumentAsync(Func<Task> submit)
    {
        await Page.EvaluateAsync("() => { window.__beforeSubmit = true; }");
        await submit();
        // The marker only lives in the old document: once it is gone, the new one has been committed.
        await Page.WaitForFunctionAsync("() => window.__beforeSubmit !== true");
        await Session.WaitForLoadStateAsync(LoadState.Load);
    }
}
