using System.Text;
using PdfSharp.Drawing;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>Greedy word wrap by measured width; a word wider than the line is broken between characters.</summary>
internal static class TextLayout
{
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width) =>
        Wrap(gfx, text, font, width, null);

    /// <summary>Wraps; <paramref name="widths"/> caches word widths for one document (words repeat a lot).</summary>
    public static IReadOnlyList<string> Wrap(
        XGraphics gfx, string text, XFont font, double width, Dictionary<(XFont, string), double>? widths)
    {
        double Measure(string word)
        {
            if (widths is null)
            {
                return gfx.MeasureString(word, font).Width;
            }

            if (!widths.TryGetValue((font, word), out var w))
            {
                w = gfx.MeasureString(word, font).Width;
                widths[(font, word)] = w;
            }

            return w;
        }

        var lines = new List<string>();
        var space = Measure(" ");
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Measure(word);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (wordWidth <= width)
                {
                    line.Append(word);
                    lineWidth = wordWidth;
                    continue;
                }

                var rest = word;
                while (gfx.MeasureString(rest, font).Width > width)
                {
                    var take = FittingLength(gfx, rest, font, width);
                    lines.Add(rest[..take]);
                    rest = rest[take..];
                }

                line.Append(rest);
                lineWidth = gfx.MeasureString(rest, font).Width;
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>The text cut with an ellipsis so it fits <paramref name="width"/>.</summary>
    public static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        const string ellipsis = "…";
        var take = FittingLength(gfx, text, font, width - gfx.MeasureString(ellipsis, font).Width);
        return text[..take].TrimEnd() + ellipsis;
    }

    private static int FittingLength(XGraphics gfx, string text, XFont font, double width)
    {
        var low = 1;
        var high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (gfx.MeasureString(text[..mid], font).Width <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
