using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Gates;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser context and page, with the quality gates. Call <see cref="CheckPageAsync"/> on every page a
/// journey reaches (page objects do it for you). Disposing the session (done by <see cref="BrowserTest"/>) checks the
/// served HTML of all those pages in one Nu HTML Checker run and fails on errors or on late console/network problems.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>How long any Playwright action or wait may take (the context's default timeout).</summary>
    public const int TimeoutMilliseconds = 15_000;

    private readonly Lock _gate = new();
    private readonly List<HtmlChecker.Document> _pagesToValidate = [];
    private ServedDocument? _lastDocument;
    private int _captureCount;
    private bool _disposed;

    internal BrowserSession(IBrowserContext context, IPage page, string baseUrl, ITestOutputHelper output, string artifactsFolder)
    {
        Context = context;
        Page = page;
        BaseUrl = baseUrl;
        Output = output;
        ArtifactsFolder = artifactsFolder;
        Health = new PageHealth(page);
        page.Response += (_, response) => RememberServedDocument(response);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Root URL of the site without a trailing slash; relative URLs in Page.GotoAsync also work.</summary>
    public string BaseUrl { get; }

    public ITestOutputHelper Output { get; }

    /// <summary>Console and network problems; declare expected 4xx responses or failures here.</summary>
    public PageHealth Health { get; }

    /// <summary>
    /// Whether <see cref="CheckPageAsync"/> also checks the page's response headers (<see cref="SecurityHeadersGate"/>):
    /// on for the app's sessions, off for the gates' static sample site unless a test turns it on.
    /// </summary>
    public bool ChecksSecurityHeaders { get; set; }

    /// <summary>Where this test's screenshots and HTML go (created on first capture).</summary>
    public string ArtifactsFolder { get; }

    /// <summary>Navigates to a path under <see cref="BaseUrl"/> and checks the final status (after redirects).</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200)
    {
        IResponse? response;
        try
        {
            response = await Page.GotoAsync(BaseUrl + path);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"GET {path} answered an error status with an empty body (Chromium shows its own error page); "
                + "the app should render an error page.", ex);
        }

        if (response is null)
        {
            throw new InvalidOperationException($"Navigation to {path} produced no response.");
        }

        if (response.Status != expectedStatus)
        {
            var folder = await CaptureAsync("unexpected-status");
            throw new InvalidOperationException(
                $"GET {path} answered {response.Status}, expected {expectedStatus}. Screenshot and HTML: {folder}");
        }

        return response;
    }

    /// <summary>
    /// Waits until the address matches <paramref name="pattern"/>. Playwright .NET's WaitForURLAsync checks the address
    /// and then subscribes to navigations, so a navigation that lands in between is lost and the wait times out
    /// (microsoft/playwright-dotnet#3364; it failed this suite in CI). The assertion is polled by the Playwright driver
    /// instead, so there is no client-side event to lose.
    /// </summary>
    public Task WaitForAddressAsync(System.Text.RegularExpressions.Regex pattern) =>
        Assertions.Expect(Page).ToHaveURLAsync(pattern, new() { Timeout = TimeoutMilliseconds });

    /// <summary>
    /// Waits for a load state in short steps: a state event that arrives while Playwright .NET subscribes can be
    /// missed by that one wait (same issue as above), but it is recorded, so the next short wait finds it at once.
    /// </summary>
    public async Task WaitForLoadStateAsync(LoadState state)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(TimeoutMilliseconds);
        while (true)
        {
            try
            {
                await Page.WaitForLoadStateAsync(state, new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // Look again: the state may have been recorded while this wait missed its event.
            }
        }
    }

    /// <summary>
    /// The gates for the page now shown: no console or network problems so far, every chart drawn inside its box
    /// with labels of at least 11 px (<see cref="ChartGate"/>), no sideways scrolling of the page itself
    /// (<see cref="SidewaysScrollGate"/>; it matters in the phone viewport), no serious or critical axe
    /// violation (WCAG 2.1 A/AA); its served HTML is queued for the Nu HTML Checker (run at dispose or by
    /// <see cref="CheckHtmlAsync"/>). On failure a screenshot and the HTML are kept in <see cref="ArtifactsFolder"/>.
    /// </summary>
    public async Task CheckPageAsync(string? pageName = null)
    {
        await WaitForLoadStateAsync(LoadState.Load);
        var document = await ServedHtmlAsync();
        var name = pageName ?? new Uri(document.Url).PathAndQuery;

        await AssertHealthyAsync(name);

        if (ChecksSecurityHeaders)
        {
            var headerProblems = SecurityHeadersGate.FindProblems(document.Url, _lastDocument!.Headers);
            if (headerProblems.Count > 0)
            {
                throw new GateFailedException("Security headers (Observatory-style)", name, headerProblems, await CaptureAsync(name));
            }
        }

        var chartProblems = await ChartGate.FindProblemsAsync(Page);
        if (chartProblems.Count > 0)
        {
            throw new GateFailedException("Charts (drawn inside their box, labels at least 11 px)", name, chartProblems, await CaptureAsync(name));
        }

        var sidewaysProblems = await SidewaysScrollGate.FindProblemsAsync(Page);
        if (sidewaysProblems.Count > 0)
        {
            throw new GateFailedException("No sideways scrolling", name, sidewaysProblems, await CaptureAsync(name));
        }

        var axeWatch = System.Diagnostics.Stopwatch.StartNew();
        var violations = await AxeGate.FindViolationsAsync(Page);
        var axeSeconds = axeWatch.Elapsed.TotalSeconds;
        if (violations.Count > 0)
        {
            throw new GateFailedException("Accessibility (axe, WCAG 2.1 AA)", name, violations, await CaptureAsync(name));
        }

        lock (_gate)
        {
            _pagesToValidate.Add(new HtmlChecker.Document($"{name} ({document.Url})", document.Html));
        }

        Output.WriteLine($"gates passed: {name} (axe {axeSeconds:0.0} s)");
    }

    /// <summary>Fails if console errors, script errors, failed requests or unexpected 4xx/5xx were recorded.</summary>
    public async Task AssertHealthyAsync(string? pageName = null)
    {
        await SettleAsync();
        var problems = Health.TakeProblems();
        if (problems.Count > 0)
        {
            var name = pageName ?? Page.Url;
            throw new GateFailedException("Console and network", name, problems, await CaptureAsync(name));
        }
    }

    /// <summary>Runs the Nu HTML Checker now on the pages queued by <see cref="CheckPageAsync"/> since the last run.</summary>
    public async Task CheckHtmlAsync()
    {
        List<HtmlChecker.Document> pages;
        lock (_gate)
        {
            pages = [.. _pagesToValidate];
            _pagesToValidate.Clear();
        }

        if (pages.Count == 0)
        {
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var errors = await HtmlChecker.CheckAsync(pages, Path.Combine(ArtifactsFolder, "html"));
        if (errors.Count > 0)
        {
            throw new GateFailedException(
                "HTML validity (Nu HTML Checker)",
                string.Join(", ", errors.Select(e => e.Document).Distinct()),
                errors.Select(e => e.ToString()).ToList(),
                Path.Combine(ArtifactsFolder, "html"));
        }

        // The checked files are only kept when they have errors.
        Directory.Delete(Path.Combine(ArtifactsFolder, "html"), recursive: true);
        DeleteIfEmpty(ArtifactsFolder);
        Output.WriteLine($"HTML valid: {pages.Count} page(s) in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Runs a step of a journey; if it throws, keeps a screenshot and the HTML named after the step.</summary>
    public async Task StepAsync(string stepName, Func<Task> step)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await step();
            Output.WriteLine($"step done in {watch.Elapsed.TotalSeconds:0.0} s: {stepName}");
        }
        catch (Exception ex) when (ex is not GateFailedException)
        {
            var folder = await CaptureAsync(stepName);
            throw new InvalidOperationException($"Step \"{stepName}\" failed: {ex.Message} Screenshot and HTML: {folder}", ex);
        }
    }

    /// <summary>Saves a full-page screenshot, the DOM and the served HTML of the current page; returns the folder.</summary>
    public async Task<string> CaptureAsync(string name)
    {
        Directory.CreateDirectory(ArtifactsFolder);
        var prefix = Path.Combine(ArtifactsFolder, $"{Interlocked.Increment(ref _captureCount):00}-{SafeName(name)}");
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = prefix + ".png", FullPage = true });
            await File.WriteAllTextAsync(prefix + ".dom.html", await Page.ContentAsync());
            if (_lastDocument is { } document && await TryGetHtmlAsync(document) is { } html)
            {
                await File.WriteAllTextAsync(prefix + ".served.html", html);
            }
        }
        catch (PlaywrightException ex)
        {
            // A capture must never hide the failure it documents.
            Output.WriteLine($"capture of {name} incomplete: {ex.Message}");
        }

        Output.WriteLine($"artifacts: {prefix}.*");
        return ArtifactsFolder;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await AssertHealthyAsync();
            await CheckHtmlAsync();
        }
        finally
        {
            await Context.CloseAsync();
        }
    }

    // A round trip to the page, so that events the browser sent before it (console, responses) have been received.
    private async Task SettleAsync()
    {
        if (!Page.IsClosed)
        {
            try
            {
                await Page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");
            }
            catch (PlaywrightException)
            {
                // A page in the middle of navigating cannot evaluate; the events are then already on their way.
            }
        }
    }

    private void RememberServedDocument(IResponse response)
    {
        // Only the main frame's own documents; redirects have no body, the page that follows them does.
        if (!response.Request.IsNavigationRequest || response.Frame != Page.MainFrame || response.Status is >= 300 and < 400)
        {
            return;
        }

        // A download (Content-Disposition: attachment) leaves the current document in place.
        if (response.Headers.TryGetValue("content-disposition", out var disposition)
            && disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var contentType = response.Headers.TryGetValue("content-type", out var type) ? type : "";
        // Read the body at once: Chromium drops it when the page navigates again. Only HTML is of use to the gates.
        var body = contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            ? response.TextAsync()
            : Task.FromResult("");
        _lastDocument = new ServedDocument(response.Url, contentType, body, response.Headers);
    }

    private async Task<(string Url, string Html)> ServedHtmlAsync()
    {
        var document = _lastDocument
            ?? throw new InvalidOperationException("No page has been served to this session yet; navigate first.");
        if (!document.ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{document.Url} is {document.ContentType}, not an HTML page; the page gates apply to HTML pages.");
        }

        return (document.Url, await document.Body);
    }

    private static async Task<string?> TryGetHtmlAsync(ServedDocument document)
    {
        try
        {
            return await document.Body;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    private static void DeleteIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(80).ToArray());

    private sealed record ServedDocument(string Url, string ContentType, Task<string> Body, IReadOnlyDictionary<string, string> Headers);
}
