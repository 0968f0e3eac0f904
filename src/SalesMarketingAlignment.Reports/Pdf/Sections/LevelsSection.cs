using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Model;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.LevelsLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The article's four levels with their score ranges, the organization's current level highlighted.</summary>
internal sealed class LevelsSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(LevelsExplanation levels)
    {
        Flow.Space(Layout.SpaceAbove);
        Flow.Subheading(Text("LevelsHeading"), keepWithNext: Layout.HeadingKeepWithNext);
        Flow.Paragraph(Text("LevelsIntro"), Style.Body, Style.MutedBrush, spaceAfter: Layout.SpaceAfterIntro);
        foreach (var level in levels.Levels)
        {
            Level(level);
        }
    }

    private void Level(LevelDescription level)
    {
        var font = Style.TableBody;
        var nameX = Flow.Left + Layout.NameInset;
        var textWidth = Flow.ContentWidth - Layout.NameColumnWidth - Layout.NameInset;
        // A long name (Russian) wraps in its column; the range and marker move down by the extra lines.
        var nameLines = Flow.Wrap(level.Name, Style.BodyBold, Layout.NameColumnWidth - Layout.NameInset);
        var nameExtra = (nameLines.Count - 1) * ReportStyle.LineHeight(Style.BodyBold);
        var minimum = (level.IsCurrent ? Layout.MinimumCurrentRowHeight : Layout.MinimumRowHeight) + nameExtra;
        var height = Math.Max(minimum, Flow.ParagraphHeight(level.Description, font, textWidth)) + (2 * Layout.RowPadding);
        Flow.EnsureSpace(height);
        var top = Flow.Y;
        if (level.IsCurrent)
        {
            Gfx.DrawRectangle(Style.HighlightBrush, Flow.Left, top, Flow.ContentWidth, height);
            Gfx.DrawRectangle(Style.AccentBrush, Flow.Left, top, ReportStyle.AccentBarWidth, height);
        }

        var textTop = top + Layout.RowPadding;
        for (var l = 0; l < nameLines.Count; l++)
        {
            Gfx.DrawString(
                nameLines[l], Style.BodyBold, level.IsCurrent ? Style.AccentBrush : Style.InkBrush,
                nameX, textTop + (l * ReportStyle.LineHeight(Style.BodyBold)), XStringFormats.TopLeft);
        }

        Gfx.DrawString(
            Format("LevelRange", level.From.ToString(Culture), level.To.ToString(Culture)),
            Style.Small, Style.MutedBrush, nameX, textTop + Layout.RangeTop + nameExtra, XStringFormats.TopLeft);
        if (level.IsCurrent)
        {
            Gfx.DrawString("▶ " + Text("LevelsYouAreHere"), Style.SmallBold, Style.AccentBrush, nameX, textTop + Layout.MarkerTop + nameExtra, XStringFormats.TopLeft);
        }

        Flow.Y = textTop;
        Flow.Paragraph(level.Description, font, Style.InkBrush, indent: Layout.NameColumnWidth + Layout.DescriptionOffset, spaceAfter: 0, width: textWidth);
        Flow.Y = top + height;
        if (!level.IsCurrent)
        {
            Gfx.DrawLine(Style.RulePen, Flow.Left, Flow.Y, Flow.Right, Flow.Y);
        }
    }
}
