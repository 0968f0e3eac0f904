using Microsoft.Playwright;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// The page itself must not scroll sideways (on a 375 px phone above all): a table or chart too wide for the screen
/// belongs in a scroll container of its own. Names the widest elements that stick out of the viewport and are not
/// clipped by such a container.
/// </summary>
public static class SidewaysScrollGate
{
    public const double TolerancePixels = 1;

    private const string Script = """
        tolerance => {
          const root = document.scrollingElement;
          const viewport = root.clientWidth;
          if (root.scrollWidth <= viewport + tolerance) return [];
          const describe = el => {
            let text = el.tagName.toLowerCase();
            if (el.id) text += '#' + el.id;
            const cls = typeof el.className === 'string' ? el.className.trim() : (el.getAttribute('class') || '').trim();
            if (cls) text += '.' + cls.split(/\s+/).join('.');
            return text;
          };
          // An element inside a container that clips or scrolls sideways does not widen the page.
          const clipped = el => {
            for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
              const overflowX = getComputedStyle(a).overflowX;
              if (overflowX !== 'visible' && a.getBoundingClientRect().right <= viewport + tolerance) return true;
            }
            return false;
          };
          const offenders = [];
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            const right = r.right + window.scrollX;
            if (right > viewport + tolerance && r.width > 0 && !clipped(el)) offenders.push({ el, right, width: r.width });
          }
          offenders.sort((a, b) => b.right - a.right || b.width - a.width);
          const lines = [`the page scrolls sideways: scrollWidth ${root.scrollWidth} px in a viewport ${viewport} px wide`];
          for (const o of offenders.slice(0, 5)) {
            lines.push(`${describe(o.el)} reaches ${Math.round(o.right)} px (${Math.round(o.width)} px wide)`);
          }
          return lines;
        }
        """;

    /// <summary>Empty when the page fits its viewport's width; otherwise the overflow and the widest offenders.</summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Script, TolerancePixels);
}
