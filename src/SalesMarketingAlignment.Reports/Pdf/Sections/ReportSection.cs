using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Charts;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>What every section draws with: the document's page flow, its style and the report's culture.</summary>
internal abstract class ReportSection(PageFlow flow, CultureInfo culture)
{
    protected PageFlow Flow { get; } = flow;

    protected ReportStyle Style => Flow.Style;

    protected CultureInfo Culture { get; } = culture;

    protected XGraphics Gfx => Flow.Gfx;

    protected string Text(string key) => ReportTexts.Get(key, Culture);

    protected string Format(string key, params object?[] args) => ReportTexts.Format(key, Culture, args);

    protected string Date(DateOnly date) => ChartFormat.Date(date, Culture);

    protected ChartDrawer Charts() => new(Gfx, Style, Culture);
}
