using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>axe-core in the page, WCAG 2.1 A and AA rules; serious and critical violations fail.</summary>
public static class AxeGate
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly HashSet<string> FailingImpacts = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    /// <summary>One line per failing violation and element: rule, impact, help, element selector and HTML.</summary>
    public static async Task<IReadOnlyList<string>> FindViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            // Only violations are read: axe then keeps one example of passes/incomplete/inapplicable instead of all,
            // which makes a run several times faster on long pages (the survey has 100+ radios).
            ResultTypes = [ResultType.Violations],
        });

        return result.Violations
            .Where(v => v.Impact is not null && FailingImpacts.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target} {Shorten(n.Html)} [{v.HelpUrl}]"))
            .ToList();
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
