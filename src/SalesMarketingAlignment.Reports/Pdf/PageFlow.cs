using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SalesMarketingAlignment.Reports.Model;
using static SalesMarketingAlignment.Reports.Pdf.ReportStyle.PageLayout;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>
/// Flows content down the pages of one document: tracks the cursor, starts a new page when the next block does not
/// fit, and remembers the pages so the running header and "Page N of M" footer can be drawn once the count is known.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private readonly PdfDocument _document;
    private readonly PaperSize _paperSize;
    private readonly Dictionary<(XFont, string), double> _widths = [];
    private XGraphics? _gfx;

    public PageFlow(PdfDocument document, PaperSize paperSize, ReportStyle style)
    {
        _document = document;
        _paperSize = paperSize;
        Style = style;
    }

    public ReportStyle Style { get; }

    public XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page has been started.");

    public double Y { get; set; }

    public double PageWidth { get; private set; }

    public double PageHeight { get; private set; }

    public double Left { get; } = MarginLeft;

    public double Right => PageWidth - MarginRight;

    public double ContentWidth => Right - Left;

    public double Bottom => PageHeight - MarginBottom;

    public double Remaining => Bottom - Y;

    public int PageCount => _document.PageCount;

    /// <summary>Raised after a page break made by <see cref="EnsureSpace"/>, e.g. to repeat a table header.</summary>
    public Action? OnContinuationPage { get; set; }

    /// <summary>Word wrap with this document's cache of word widths.</summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        TextLayout.Wrap(Gfx, text, font, width, _widths);

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = _paperSize == PaperSize.Letter ? PageSize.Letter : PageSize.A4;
        PageWidth = page.Width.Point;
        PageHeight = page.Height.Point;
        _gfx = XGraphics.FromPdfPage(page);
        Y = MarginTop;
    }

    /// <summary>Starts a new page when fewer than <paramref name="height"/> points are left; true if it did.</summary>
    public bool EnsureSpace(double height)
    {
        if (_gfx is not null && Y + height <= Bottom)
        {
            return false;
        }

        NewPage();
        OnContinuationPage?.Invoke();
        return true;
    }

    /// <summary>A major section starts on a new page, unless more than half of the current page is still empty.</summary>
    public void BeginSection()
    {
        if (Remaining < (Bottom - MarginTop) / 2)
        {
            NewPage();
        }
        else
        {
            Space(SpaceBeforeSection);
        }
    }

    public void Space(double points)
    {
        Y = Math.Min(Y + points, Bottom);
    }

    /// <summary>Draws wrapped text; lines that do not fit move to the next page one by one.</summary>
    public void Paragraph(string text, XFont font, XBrush brush, double indent = 0, double spaceAfter = SpaceAfterParagraph, double? width = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lineHeight = ReportStyle.LineHeight(font);
        var lines = Wrap(text, font, width ?? ContentWidth - indent);
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            Gfx.DrawString(line, font, brush, Left + indent, Y, XStringFormats.TopLeft);
            Y += lineHeight;
        }

        Space(spaceAfter);
    }

    public double ParagraphHeight(string text, XFont font, double width) =>
        Wrap(text, font, width).Count * ReportStyle.LineHeight(font);

    /// <summary>A section heading kept together with at least <paramref name="keepWithNext"/> points of what follows.</summary>
    public void Heading(string text, double keepWithNext = HeadingKeepWithNext)
    {
        var font = Style.Heading1;
        var height = ParagraphHeight(text, font, ContentWidth) + HeadingAllowance;
        EnsureSpace(height + keepWithNext);
        Paragraph(text, font, Style.AccentBrush, spaceAfter: SpaceAfterHeadingText);
        Gfx.DrawLine(Style.AccentPen, Left, Y, Left + HeadingRuleLength, Y);
        Y += SpaceAfterHeadingRule;
    }

    public void Subheading(string text, double keepWithNext = SubheadingKeepWithNext)
    {
        var font = Style.Heading2;
        EnsureSpace(ParagraphHeight(text, font, ContentWidth) + SubheadingAllowance + keepWithNext);
        Space(SpaceAboveSubheading);
        Paragraph(text, font, Style.InkBrush, spaceAfter: SpaceAfterSubheading);
    }

    /// <summary>Running header and footer on every page but the cover, drawn over the finished content.</summary>
    public void DrawPageFurniture(string header, Func<int, int, string> pageOfPages)
    {
        _gfx?.Dispose();
        _gfx = null;
        var count = _document.PageCount;
        for (var i = 1; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var width = _document.Pages[i].Width.Point;
            var height = _document.Pages[i].Height.Point;
            var headerY = MarginTop - RunningHeaderAboveMargin;
            gfx.DrawString(
                TextLayout.Fit(gfx, header, Style.Small, width - MarginLeft - MarginRight),
                Style.Small, Style.MutedBrush, MarginLeft, headerY, XStringFormats.TopLeft);
            gfx.DrawLine(Style.RulePen, MarginLeft, headerY + RunningHeaderRuleBelow, width - MarginRight, headerY + RunningHeaderRuleBelow);
            var footerY = height - MarginBottom + FooterBelowMargin;
            gfx.DrawLine(Style.RulePen, MarginLeft, footerY - FooterRuleAbove, width - MarginRight, footerY - FooterRuleAbove);
            gfx.DrawString(pageOfPages(i + 1, count), Style.Small, Style.MutedBrush, width - MarginRight, footerY, XStringFormats.TopRight);
        }
    }

    public void Dispose() => _gfx?.Dispose();
}
