using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// axe-core in the page, WCAG 2.1 A and AA rules; serious and critical violations fail.
/// Runs axe.run in the page itself (the app has no frames): Deque.AxeCore.Playwright's RunAxe injects axe into every
/// frame and then into an extra blank page for each check, which cost 4-14 s per page on a loaded machine.
/// </summary>
public static class AxeGate
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly HashSet<string> FailingImpacts = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>One line per failing violation and element: rule, impact, help, element selector and HTML.</summary>
    public static async Task<IReadOnlyList<string>> FindViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        // Only violations are read: axe then keeps one example of passes/incomplete/inapplicable instead of all.
        var json = await page.EvaluateAsync<string>(
            "async tags => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations)",
            WcagTags.ToArray());

        using var violations = JsonDocument.Parse(json);
        var lines = new List<string>();
        foreach (var violation in violations.RootElement.EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString();
            if (impact is null || !FailingImpacts.Contains(impact))
            {
                continue;
            }

            var id = violation.GetProperty("id").GetString();
            var help = violation.GetProperty("help").GetString();
            var helpUrl = violation.GetProperty("helpUrl").GetString();
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                var target = string.Join(", ", node.GetProperty("target").EnumerateArray().Select(t => t.ToString()));
                var html = node.GetProperty("html").GetString() ?? "";
                lines.Add($"{id} ({impact}): {help} at {target} {Shorten(html)} [{helpUrl}]");
            }
        }

        return lines;
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
