using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>The app's error page as shown at any address that answers an error (e.g. 404 "Page not found").</summary>
public sealed class ErrorPage(BrowserSession session, string path) : PageObject(session, path)
{
    /// <summary>Opens the address expecting <paramref name="status"/> and the app's own error page, then runs the gates.</summary>
    public async Task GotoExpectingAsync(int status)
    {
        Session.Health.ExpectResponse(Path, status);
        await GotoAsync(status);
    }
}
