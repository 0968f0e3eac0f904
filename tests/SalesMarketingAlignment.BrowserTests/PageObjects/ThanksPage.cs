using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/s/{token}/thanks: the respondent's own total and level after sending (only in the browser that sent them).</summary>
public sealed partial class ThanksPage(BrowserSession session, string token) : PageObject(session, $"/s/{token}/thanks")
{
    /// <summary>Waits for /s/{token}/thanks, then runs the gates.</summary>
    public override async Task AssertArrivedAsync()
    {
        await WaitForPathAsync(Session, "(" + Regex.Escape(Path) + ")");
        await CheckGatesAsync();
    }

    /// <summary>The respondent's own total and level name, read from the sentence that states them.</summary>
    public async Task<(int Total, string Level)> OwnResultAsync()
    {
        var sentence = await Page.Locator("main p").Filter(new() { HasTextRegex = OwnResult() }).InnerTextAsync();
        var match = OwnResult().Match(sentence);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value);
    }

    [GeneratedRegex(@"Your own total is (\d+) of 100, which is the level “([^”]+)”")]
    private static partial Regex OwnResult();
}
