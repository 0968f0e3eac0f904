using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using Cards = SalesMarketingAlignment.Reports.Pdf.ReportStyle.CardLayout;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.SummaryLayout;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>The executive summary: a level card per department and overall, the level scale, the gap and the decision.</summary>
internal sealed class SummarySection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(ExecutiveSummary summary, LevelScaleChart levelScale)
    {
        Flow.Heading(Text("SummaryHeading"));
        LevelCards(summary.Departments.Append(summary.Overall).ToArray());
        Flow.Space(Layout.SpaceAfterCards);
        var chartHeight = ChartDrawer.LevelScaleHeight(levelScale);
        Flow.EnsureSpace(chartHeight + Layout.SpaceKeptBelowScale);
        Charts().LevelScale(levelScale, Flow.Left, Flow.Y, Flow.ContentWidth);
        Flow.Y += chartHeight;
        Flow.Paragraph(summary.GapSentence, Style.Body, Style.InkBrush);
        Flow.Paragraph(summary.SignificanceSentence, Style.Body, Style.InkBrush);
        Flow.Subheading(Text("SummaryDecision"));
        DecisionBox.Draw(Flow, summary.DecisionParagraph);
        Bullets(Text("RecommendationsReasons"), summary.Reasons);
        Bullets(Text("RecommendationsCaveats"), summary.Caveats, muted: true);
    }

    /// <summary>The full reason is in the appendix; a cut reason in a card ends in an ellipsis rather than mid-phrase.</summary>
    internal static string[] ClipReason(IEnumerable<string> lines)
    {
        var all = lines.ToArray();
        if (all.Length <= Cards.MaximumReasonLines)
        {
            return all;
        }

        var kept = all.Take(Cards.MaximumReasonLines).ToArray();
        // Drop the last word so the ellipsis fits within the wrapped width.
        var last = kept[^1];
        var cut = last.LastIndexOf(' ');
        kept[^1] = (cut > 0 ? last[..cut] : last).TrimEnd(' ', ',', ';', ':') + "…";
        return kept;
    }

    // The last finding is the whole organization's, drawn highlighted.
    private void LevelCards(LevelFinding[] findings)
    {
        var width = (Flow.ContentWidth - (Cards.Gap * (findings.Length - 1))) / findings.Length;
        var inner = width - Cards.HorizontalPadding;
        var smallLine = ReportStyle.LineHeight(Style.Small);

        // A withheld figure's reason may need two lines; all cards share the tallest height.
        var details = findings
            .Select(f => f.MeanTotal is { } mean
                ? [Format("SummaryMeanOf", ChartFormat.Mean(mean, Culture))]
                : ClipReason(Flow.Wrap(f.WithheldReason ?? string.Empty, Style.Small, inner)))
            .ToArray();
        // A long level name (Russian) takes two lines rather than an ellipsis; all cards grow by the extra lines.
        // All cards share one font: the smaller one when any single word would otherwise break mid-word.
        var levelTexts = findings.Select(f => f.Level is { } level ? AlignmentWording.LevelName(level, Culture) : Text("SummaryWithheld")).ToArray();
        var levelFont = levelTexts.SelectMany(t => t.Split(' ')).Any(word => Gfx.MeasureString(word, Style.CardLevel).Width > inner)
            ? Style.CardLevelNarrow
            : Style.CardLevel;
        var levelNames = levelTexts.Select(t => Flow.Wrap(t, levelFont, inner)).ToArray();
        var levelExtra = Math.Max(0, (ReportStyle.LineHeight(levelFont) * levelNames.Max(n => n.Count)) - ReportStyle.LineHeight(Style.CardLevel));
        var height = Cards.HeightAboveDetails + levelExtra + (details.Max(d => d.Length) * smallLine) + smallLine + Cards.BottomPadding;
        Flow.EnsureSpace(height);
        for (var i = 0; i < findings.Length; i++)
        {
            var x = Flow.Left + (i * (width + Cards.Gap));
            LevelCard(findings[i], levelNames[i], levelFont, levelExtra, details[i], overall: i == findings.Length - 1, x, Flow.Y, width, height);
        }

        Flow.Y += height;
    }

    private void LevelCard(
        LevelFinding finding, IReadOnlyList<string> levelLines, XFont levelFont, double levelExtra, string[] details, bool overall, double x, double y, double width, double height)
    {
        var inner = width - Cards.HorizontalPadding;
        var textX = x + Cards.TextInset;
        var smallLine = ReportStyle.LineHeight(Style.Small);
        Gfx.DrawRectangle(overall ? Style.HighlightBrush : Style.StripeBrush, x, y, width, height);
        Gfx.DrawRectangle(overall ? Style.AccentBrush : Style.RuleBrush, x, y, ReportStyle.AccentBarWidth, height);
        Gfx.DrawString(
            TextLayout.Fit(Gfx, finding.Subject.ToUpper(Culture), Style.SmallBold, inner),
            Style.SmallBold, Style.MutedBrush, textX, y + Cards.SubjectTop, XStringFormats.TopLeft);
        for (var l = 0; l < levelLines.Count; l++)
        {
            Gfx.DrawString(
                levelLines[l], levelFont, finding.IsWithheld ? Style.MutedBrush : Style.AccentBrush,
                textX, y + Cards.LevelTop + (l * ReportStyle.LineHeight(levelFont)), XStringFormats.TopLeft);
        }

        var lineY = y + Cards.DetailsTop + levelExtra;
        foreach (var line in details)
        {
            Gfx.DrawString(line, Style.Small, Style.InkBrush, textX, lineY, XStringFormats.TopLeft);
            lineY += smallLine;
        }

        Gfx.DrawString(
            TextLayout.Fit(Gfx, Format("SummaryRespondents", finding.Respondents.ToString(Culture)), Style.Small, inner),
            Style.Small, Style.MutedBrush, textX, lineY, XStringFormats.TopLeft);
    }
}
