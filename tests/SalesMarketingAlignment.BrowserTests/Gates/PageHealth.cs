using Microsoft.Playwright;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// Records what should never happen on a page: console errors, uncaught script errors, failed requests and
/// responses with status 400 or above, except those a test declares as expected.
/// </summary>
public sealed class PageHealth
{
    private readonly Lock _gate = new();
    private readonly List<string> _problems = [];
    private readonly List<(string UrlPart, int Status)> _expectedResponses = [];
    private readonly List<string> _expectedFailures = [];

    public PageHealth(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedResourceError(message) && !IsAutomaticFaviconError(message))
            {
                Add($"console error: {message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => Add($"uncaught script error: {error}");
        page.RequestFailed += (_, request) =>
        {
            if (!Matches(_expectedFailures, request.Url) && !IsExpectedErrorStatusFailure(request))
            {
                Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsExpected(response.Url, response.Status))
            {
                Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    /// <summary>A response whose URL contains <paramref name="urlPart"/> may have this status (e.g. a 404 page test).</summary>
    public void ExpectResponse(string urlPart, int status)
    {
        lock (_gate)
        {
            _expectedResponses.Add((urlPart, status));
        }
    }

    /// <summary>A request whose URL contains <paramref name="urlPart"/> may fail (e.g. a download aborts the navigation).</summary>
    public void ExpectRequestFailure(string urlPart)
    {
        lock (_gate)
        {
            _expectedFailures.Add(urlPart);
        }
    }

    /// <summary>Returns the problems recorded since the last call, and forgets them.</summary>
    public IReadOnlyList<string> TakeProblems()
    {
        lock (_gate)
        {
            var taken = _problems.ToList();
            _problems.Clear();
            return taken;
        }
    }

    private void Add(string problem)
    {
        lock (_gate)
        {
            _problems.Add(problem);
        }
    }

    private bool IsExpected(string url, int status)
    {
        lock (_gate)
        {
            return _expectedResponses.Any(e => e.Status == status && url.Contains(e.UrlPart, StringComparison.Ordinal));
        }
    }

    private bool Matches(List<string> urlParts, string url)
    {
        lock (_gate)
        {
            return urlParts.Any(part => url.Contains(part, StringComparison.Ordinal));
        }
    }

    // Chromium fails a navigation whose error response has an empty body; an expected status is not a failure.
    private bool IsExpectedErrorStatusFailure(IRequest request)
    {
        if (request.Failure != "net::ERR_HTTP_RESPONSE_CODE_FAILURE")
        {
            return false;
        }

        lock (_gate)
        {
            return _expectedResponses.Any(e => request.Url.Contains(e.UrlPart, StringComparison.Ordinal));
        }
    }

    // Chromium asks for /favicon.ico by itself after every page; Playwright never shows that request, only the
    // console line when it is missing, which arrives at an unpredictable moment. It is not the page's request.
    private static bool IsAutomaticFaviconError(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
        && message.Location.Contains("/favicon.ico", StringComparison.Ordinal);

    // Chromium also logs "Failed to load resource: ... status of 404" for every failed response; an expected
    // response must not come back as a console error.
    private bool IsExpectedResourceError(IConsoleMessage message)
    {
        if (!message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
        {
            return false;
        }

        // Chromium's own error page (shown for an error status with an empty body) logs it under chrome-error://.
        var onChromiumErrorPage = message.Location.StartsWith("chrome-error://", StringComparison.Ordinal);
        lock (_gate)
        {
            return _expectedResponses.Any(e =>
                (onChromiumErrorPage || message.Location.Contains(e.UrlPart, StringComparison.Ordinal))
                && message.Text.Contains($"status of {e.Status}", StringComparison.Ordinal));
        }
    }
}
