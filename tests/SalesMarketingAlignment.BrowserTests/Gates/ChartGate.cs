using Microsoft.Playwright;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// Every chart (each outermost &lt;svg&gt; of the page) as drawn by the browser: each path, line, rect, circle, ellipse,
/// polyline, polygon and text must stay inside its SVG's box (1 px allowed), so a stylesheet rule meant for something else (a legend
/// swatch's transform, say) cannot move a line out of the plot unnoticed; and each text must be rendered at least
/// <see cref="MinimumFontPixels"/> CSS px high (its font size times the SVG's scale), so a chart shrunk to a phone's
/// width does not leave unreadable labels.
/// </summary>
public static class ChartGate
{
    public const double TolerancePixels = 1;

    public const double MinimumFontPixels = 11;

    // getBoundingClientRect includes CSS transforms; getScreenCTM gives the scale from the SVG's units to CSS px
    // (viewBox scaling and transforms; not the device pixel ratio). Hidden charts (display: none) have no box to test.
    private const string Script = """
        ([tolerance, minimumFont]) => {
          const problems = [];
          const round = r => `(${Math.round(r.left)}, ${Math.round(r.top)})-(${Math.round(r.right)}, ${Math.round(r.bottom)})`;
          const describe = el => {
            let text = '<' + el.tagName.toLowerCase();
            for (const name of ['id', 'class', 'd', 'x', 'y', 'x1', 'y1', 'cx', 'cy', 'transform']) {
              const value = el.getAttribute(name);
              if (value !== null) text += ` ${name}="${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
            }
            text += '>';
            if (el.tagName.toLowerCase() === 'text') text += el.textContent.trim().slice(0, 40);
            return text;
          };
          const chartName = svg => {
            const titleId = (svg.getAttribute('aria-labelledby') || '').split(' ')[0];
            const title = titleId ? document.getElementById(titleId) : svg.querySelector('title');
            const id = svg.id ? '#' + svg.id : 'svg.' + (svg.getAttribute('class') || '(no class)').trim().replace(/\s+/g, '.');
            return title ? `${id} "${title.textContent.trim()}"` : id;
          };
          for (const svg of document.querySelectorAll('svg')) {
            if (svg.parentElement && svg.parentElement.closest('svg')) continue;
            const box = svg.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            for (const el of svg.querySelectorAll('path, line, rect, circle, ellipse, polyline, polygon, text')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.left < box.left - tolerance || r.top < box.top - tolerance
                  || r.right > box.right + tolerance || r.bottom > box.bottom + tolerance) {
                problems.push(`chart ${chartName(svg)}: ${describe(el)} is drawn at ${round(r)}, outside the chart's box ${round(box)}`);
              }
              if (el.tagName.toLowerCase() === 'text') {
                const ctm = el.getScreenCTM();
                const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
                const rendered = parseFloat(getComputedStyle(el).fontSize) * scale;
                if (rendered < minimumFont - 0.05) {
                  problems.push(`chart ${chartName(svg)}: ${describe(el)} is rendered at ${rendered.toFixed(1)} px (font ${getComputedStyle(el).fontSize} × scale ${scale.toFixed(2)}), below ${minimumFont} px; chart box ${round(box)}`);
                }
              }
            }
          }
          return problems;
        }
        """;

    /// <summary>One line per element drawn outside its chart or too small to read, naming chart, element and boxes.</summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Script, new object[] { TolerancePixels, MinimumFontPixels });
}
