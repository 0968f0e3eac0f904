using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>
/// Draws a <see cref="DiagnosticReport"/> as a PDF with PDFsharp. Stateless and thread-safe: one instance can serve
/// every request, and renders may run in parallel.
/// </summary>
public sealed class PdfReportRenderer
{
    public PdfReportRenderer() => PdfSharpSetup.EnsureInitialized();

    public byte[] Render(DiagnosticReport report)
    {
        using var stream = new MemoryStream();
        Render(report, stream);
        return stream.ToArray();
    }

    [SuppressMessage("Performance", "CA1822", Justification = "An instance, so the web app can register and inject one renderer.")]
    public void Render(DiagnosticReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var culture = report.Culture;
        using var document = new PdfDocument();
        document.Info.Title = $"{report.Cover.AssessmentTitle} – {report.Cover.Organization}";
        document.Info.Subject = ReportTexts.Get("ReportKicker", culture);
        document.Info.Author = report.Cover.PreparedBy;
        document.Info.Creator = "SalesMarketingAlignment";
        document.Language = culture.Name;

        var style = new ReportStyle();
        using (var flow = new PageFlow(document, report.PaperSize, style))
        {
            var sections = new Sections(flow, style, culture);
            sections.Cover(report.Cover);
            flow.NewPage();
            sections.Summary(report.Summary, report.Charts.LevelScale);
            sections.Levels(report.Levels);
            flow.NewPage();
            sections.Charts(report.Charts);
            flow.BeginSection();
            sections.StatementTable(report.Statements);
            flow.BeginSection();
            sections.Recommendations(report.Recommendations);
            sections.Appendix(report.Appendix);
            flow.DrawPageFurniture(
                $"{report.Cover.Organization}  ·  {report.Cover.AssessmentTitle}",
                (page, count) => ReportTexts.Format("PageOfPages", culture, page, count));
        }

        document.Save(output, closeStream: false);
    }

    /// <summary>The drawing of each section, sharing one page flow.</summary>
    private sealed class Sections(PageFlow flow, ReportStyle style, CultureInfo culture)
    {
        private XGraphics Gfx => flow.Gfx;

        public void Cover(ReportCover cover)
        {
            flow.NewPage();
            var left = flow.Left;
            var width = flow.ContentWidth;
            Gfx.DrawRectangle(style.AccentBrush, 0, 0, flow.PageWidth, 10);

            flow.Y = flow.PageHeight * 0.24;
            flow.Paragraph(ReportTexts.Get("ReportKicker", culture).ToUpper(culture), style.Kicker, style.MutedBrush, spaceAfter: 14);
            flow.Paragraph(cover.Organization, style.CoverTitle, style.AccentBrush, spaceAfter: 6);
            flow.Paragraph(cover.AssessmentTitle, style.CoverSubtitle, style.InkBrush, spaceAfter: 18);
            Gfx.DrawLine(style.AccentPen, left, flow.Y, left + 56, flow.Y);
            flow.Y += 28;

            var period = cover.ClosedOn is { } closed
                ? $"{Date(cover.OpenedOn)} – {Date(closed)}"
                : ReportTexts.Format("CoverOpenUntilNow", culture, Date(cover.OpenedOn));
            var responses = string.Join(
                "\n",
                cover.Responses.Select(r => ReportTexts.Format("CoverResponsesLine", culture, r.Department, r.Count.ToString(culture))));
            Fact(ReportTexts.Get("CoverAssessmentPeriod", culture), period);
            Fact(ReportTexts.Get("CoverResponses", culture), responses);
            Fact(ReportTexts.Get("CoverPreparedBy", culture), cover.PreparedBy);
            Fact(ReportTexts.Get("CoverPreparedOn", culture), Date(cover.PreparedOn));

            flow.Y = flow.Bottom - 46;
            Gfx.DrawLine(style.RulePen, left, flow.Y - 10, left + width, flow.Y - 10);
            flow.Paragraph(ReportTexts.Format("CoverConfidential", culture, cover.Organization), style.Small, style.MutedBrush, spaceAfter: 2);
            flow.Paragraph(ReportTexts.Get("CoverSource", culture), style.Small, style.MutedBrush, spaceAfter: 0);
        }

        private void Fact(string label, string value)
        {
            const double labelWidth = 130;
            var top = flow.Y;
            Gfx.DrawString(label, style.SmallBold, style.MutedBrush, flow.Left, top + 1.5, XStringFormats.TopLeft);
            flow.Paragraph(value, style.Body, style.InkBrush, indent: labelWidth, spaceAfter: 8);
        }

        public void Summary(ExecutiveSummary summary, LevelScaleChart levelScale)
        {
            flow.Heading(ReportTexts.Get("SummaryHeading", culture));
            LevelCards(summary.Departments.Append(summary.Overall).ToArray());
            flow.Space(6);
            var chartHeight = ChartDrawer.LevelScaleHeight(levelScale);
            flow.EnsureSpace(chartHeight + 14);
            new ChartDrawer(Gfx, style, culture).LevelScale(levelScale, flow.Left, flow.Y, flow.ContentWidth);
            flow.Y += chartHeight;
            flow.Paragraph(summary.GapSentence, style.Body, style.InkBrush);
            flow.Paragraph(summary.SignificanceSentence, style.Body, style.InkBrush);
            flow.Subheading(ReportTexts.Get("SummaryDecision", culture));
            DecisionBox(summary.DecisionParagraph);
        }

        private void LevelCards(LevelFinding[] findings)
        {
            const double gap = 10;
            var width = (flow.ContentWidth - (gap * (findings.Length - 1))) / findings.Length;
            var inner = width - 20;
            var smallLine = ReportStyle.LineHeight(style.Small);

            // A withheld figure's reason may need two lines; all cards share the tallest height.
            var details = findings
                .Select(f => f.MeanTotal is { } mean
                    ? [ReportTexts.Format("SummaryMeanOf", culture, ChartFormat.Mean(mean, culture))]
                    : Clip(flow.Wrap(f.WithheldReason ?? string.Empty, style.Small, inner)))
                .ToArray();
            var height = 48 + (details.Max(d => d.Length) * smallLine) + smallLine + 8;
            flow.EnsureSpace(height);
            for (var i = 0; i < findings.Length; i++)
            {
                var f = findings[i];
                var x = flow.Left + (i * (width + gap));
                var y = flow.Y;
                var overall = i == findings.Length - 1;
                Gfx.DrawRectangle(overall ? style.HighlightBrush : style.StripeBrush, x, y, width, height);
                Gfx.DrawRectangle(overall ? style.AccentBrush : new XSolidBrush(ReportStyle.Rule), x, y, 3, height);
                Gfx.DrawString(TextLayout.Fit(Gfx, f.Subject.ToUpper(culture), style.SmallBold, inner), style.SmallBold, style.MutedBrush, x + 12, y + 10, XStringFormats.TopLeft);
                var levelText = f.Level is { } level ? LevelBand.LevelName(level, culture) : ReportTexts.Get("SummaryWithheld", culture);
                Gfx.DrawString(TextLayout.Fit(Gfx, levelText, style.CardLevel, inner), style.CardLevel, f.IsWithheld ? style.MutedBrush : style.AccentBrush, x + 12, y + 24, XStringFormats.TopLeft);
                var lineY = y + 46;
                foreach (var line in details[i])
                {
                    Gfx.DrawString(line, style.Small, style.InkBrush, x + 12, lineY, XStringFormats.TopLeft);
                    lineY += smallLine;
                }

                Gfx.DrawString(
                    TextLayout.Fit(Gfx, ReportTexts.Format("SummaryRespondents", culture, f.Respondents.ToString(culture)), style.Small, inner),
                    style.Small, style.MutedBrush, x + 12, lineY, XStringFormats.TopLeft);
            }

            flow.Y += height;
        }

        // The full reason is in the appendix; a cut sentence in the card ends in an ellipsis rather than mid-phrase.
        private static string[] Clip(IEnumerable<string> lines)
        {
            const int maximumLines = 4;
            var all = lines.ToArray();
            if (all.Length <= maximumLines)
            {
                return all;
            }

            var kept = all.Take(maximumLines).ToArray();
            // Drop the last word so the ellipsis fits within the wrapped width.
            var last = kept[^1];
            var cut = last.LastIndexOf(' ');
            kept[^1] = (cut > 0 ? last[..cut] : last).TrimEnd(' ', ',', ';', ':') + "…";
            return kept;
        }

        private void DecisionBox(string text)
        {
            const double padding = 12;
            var width = flow.ContentWidth - (2 * padding) - 4;
            var height = flow.ParagraphHeight(text, style.BodyBold, width) + (2 * padding) - 4;
            if (height < flow.Bottom - PageFlow.MarginTop)
            {
                flow.EnsureSpace(height);
                Gfx.DrawRectangle(style.HighlightBrush, flow.Left, flow.Y, flow.ContentWidth, height);
                Gfx.DrawRectangle(style.AccentBrush, flow.Left, flow.Y, 3, height);
            }

            flow.Y += padding;
            flow.Paragraph(text, style.BodyBold, style.InkBrush, indent: padding + 4, spaceAfter: padding + 6, width: width);
        }

        public void Levels(LevelsExplanation levels)
        {
            flow.Space(8);
            flow.Subheading(ReportTexts.Get("LevelsHeading", culture), keepWithNext: 90);
            flow.Paragraph(ReportTexts.Get("LevelsIntro", culture), style.Body, style.MutedBrush, spaceAfter: 6);
            const double nameWidth = 118;
            const double padding = 5;
            var font = style.TableBody;
            foreach (var level in levels.Levels)
            {
                var textWidth = flow.ContentWidth - nameWidth - 12;
                var minimum = level.IsCurrent ? 38 : 24;
                var height = Math.Max(minimum, flow.ParagraphHeight(level.Description, font, textWidth)) + (2 * padding);
                flow.EnsureSpace(height);
                var top = flow.Y;
                if (level.IsCurrent)
                {
                    Gfx.DrawRectangle(style.HighlightBrush, flow.Left, top, flow.ContentWidth, height);
                    Gfx.DrawRectangle(style.AccentBrush, flow.Left, top, 3, height);
                }

                Gfx.DrawString(level.Name, style.BodyBold, level.IsCurrent ? style.AccentBrush : style.InkBrush, flow.Left + 12, top + padding, XStringFormats.TopLeft);
                Gfx.DrawString(
                    ReportTexts.Format("LevelRange", culture, level.From.ToString(culture), level.To.ToString(culture)),
                    style.Small, style.MutedBrush, flow.Left + 12, top + padding + 14, XStringFormats.TopLeft);
                if (level.IsCurrent)
                {
                    Gfx.DrawString("▶ " + ReportTexts.Get("LevelsYouAreHere", culture), style.SmallBold, style.AccentBrush, flow.Left + 12, top + padding + 26, XStringFormats.TopLeft);
                }

                flow.Y = top + padding;
                flow.Paragraph(level.Description, font, style.InkBrush, indent: nameWidth + 4, spaceAfter: 0, width: textWidth);
                flow.Y = top + height;
                if (!level.IsCurrent)
                {
                    Gfx.DrawLine(style.RulePen, flow.Left, flow.Y, flow.Right, flow.Y);
                }
            }
        }

        public void Charts(ReportCharts charts)
        {
            flow.Heading(ReportTexts.Get("ChartsHeading", culture));
            Chart(charts.PerceptionGap.Title, charts.PerceptionGap.Description, ChartDrawer.PerceptionGapHeight(charts.PerceptionGap),
                (d, y) => d.PerceptionGap(charts.PerceptionGap, flow.Left, y, flow.ContentWidth));
            if (charts.Distribution is { } distribution)
            {
                Chart(distribution.Title, distribution.Description, ChartDrawer.DistributionHeight,
                    (d, y) => d.Distribution(distribution, flow.Left, y, flow.ContentWidth));
            }

            if (charts.Trend is { Rounds.Count: > 0 } trend)
            {
                Chart(trend.Title, trend.Description, ChartDrawer.TrendHeight,
                    (d, y) => d.Trend(trend, flow.Left, y, flow.ContentWidth));
            }
        }

        private void Chart(string title, string description, double height, Action<ChartDrawer, double> draw)
        {
            var descriptionHeight = flow.ParagraphHeight(description, style.Small, flow.ContentWidth);
            flow.EnsureSpace(height + descriptionHeight + 40);
            flow.Subheading(title, keepWithNext: 0);
            flow.Paragraph(description, style.Small, style.MutedBrush, spaceAfter: 8);
            draw(new ChartDrawer(Gfx, style, culture), flow.Y);
            flow.Y += height;
            flow.Space(14);
        }

        private static readonly string Dash = "—";

        public void StatementTable(IReadOnlyList<StatementRow> rows)
        {
            flow.Heading(ReportTexts.Get("TableHeading", culture));
            flow.Paragraph(ReportTexts.Get("TableIntro", culture), style.Body, style.MutedBrush, spaceAfter: 10);

            const double numberWidth = 26;
            const double salesWidth = 46;
            const double marketingWidth = 60;
            const double gapWidth = 42;
            const double notesWidth = 68;
            const double padding = 5;
            var statementWidth = flow.ContentWidth - numberWidth - salesWidth - marketingWidth - gapWidth - notesWidth;
            var x0 = flow.Left;
            var xStatement = x0 + numberWidth;
            var xSales = xStatement + statementWidth;
            var xMarketing = xSales + salesWidth;
            var xGap = xMarketing + marketingWidth;
            var xNotes = xGap + gapWidth;

            void Header()
            {
                var top = flow.Y;
                const double height = 20;
                Gfx.DrawRectangle(style.AccentBrush, x0, top, flow.ContentWidth, height);
                var white = XBrushes.White;
                var font = style.TableHeader;
                var cy = top + (height / 2);
                Gfx.DrawString(ReportTexts.Get("TableNumber", culture), font, white, xStatement - padding, cy, XStringFormats.CenterRight);
                Gfx.DrawString(ReportTexts.Get("TableStatement", culture), font, white, xStatement + padding, cy, XStringFormats.CenterLeft);
                Gfx.DrawString(ReportTexts.Get("TableSales", culture), font, white, xMarketing - padding, cy, XStringFormats.CenterRight);
                Gfx.DrawString(ReportTexts.Get("TableMarketing", culture), font, white, xGap - padding, cy, XStringFormats.CenterRight);
                Gfx.DrawString(ReportTexts.Get("TableGap", culture), font, white, xNotes - padding, cy, XStringFormats.CenterRight);
                Gfx.DrawString(ReportTexts.Get("TableNotes", culture), font, white, xNotes + padding, cy, XStringFormats.CenterLeft);
                flow.Y = top + height;
            }

            flow.EnsureSpace(20 + 40);
            Header();
            flow.OnContinuationPage = Header;
            var divergentBrush = new XSolidBrush(ReportStyle.Hex(ChartPalette.Divergent));
            var anyWithheld = false;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var font = row.Divergent ? style.TableBodyBold : style.TableBody;
                var lineHeight = ReportStyle.LineHeight(font);
                var lines = flow.Wrap(row.Text, font, statementWidth - (2 * padding));
                var notes = new List<(string Text, XBrush Brush)>();
                if (row.Divergent)
                {
                    notes.Add(("▲ " + ReportTexts.Get("TableDivergent", culture), divergentBrush));
                }

                if (row.WeakSpot)
                {
                    notes.Add(("○ " + ReportTexts.Get("TableWeakSpot", culture), style.InkBrush));
                }

                var height = (Math.Max(lines.Count, notes.Count) * lineHeight) + (2 * padding);
                flow.EnsureSpace(height);
                var top = flow.Y;
                if (i % 2 == 1)
                {
                    Gfx.DrawRectangle(style.StripeBrush, x0, top, flow.ContentWidth, height);
                }

                var textTop = top + padding;
                Gfx.DrawString(row.Number.ToString(culture), font, style.InkBrush, xStatement - padding, textTop, XStringFormats.TopRight);
                for (var l = 0; l < lines.Count; l++)
                {
                    Gfx.DrawString(lines[l], font, style.InkBrush, xStatement + padding, textTop + (l * lineHeight), XStringFormats.TopLeft);
                }

                anyWithheld |= row.SalesMean is null || row.MarketingMean is null;
                Gfx.DrawString(Value(row.SalesMean), font, style.InkBrush, xMarketing - padding, textTop, XStringFormats.TopRight);
                Gfx.DrawString(Value(row.MarketingMean), font, style.InkBrush, xGap - padding, textTop, XStringFormats.TopRight);
                Gfx.DrawString(row.Gap is { } g ? ChartFormat.Gap(g, culture) : Dash, font, style.InkBrush, xNotes - padding, textTop, XStringFormats.TopRight);
                for (var n = 0; n < notes.Count; n++)
                {
                    Gfx.DrawString(notes[n].Text, style.Small, notes[n].Brush, xNotes + padding, textTop + (n * lineHeight), XStringFormats.TopLeft);
                }

                flow.Y = top + height;
                Gfx.DrawLine(style.RulePen, x0, flow.Y, flow.Right, flow.Y);
            }

            flow.OnContinuationPage = null;
            flow.Space(8);
            if (rows.Any(r => r.Divergent))
            {
                flow.Paragraph(ReportTexts.Get("TableDivergentNote", culture), style.Small, style.MutedBrush, spaceAfter: 2);
            }

            if (anyWithheld)
            {
                flow.Paragraph(ReportTexts.Get("TableWithheldNote", culture), style.Small, style.MutedBrush, spaceAfter: 2);
            }

            string Value(decimal? mean) => mean is { } m ? ChartFormat.Mean(m, culture) : Dash;
        }

        public void Recommendations(RecommendationsSection section)
        {
            flow.Heading(ReportTexts.Get("RecommendationsHeading", culture));
            DecisionBox(section.Decision);
            if (section.CurrentLevel is not null && section.TargetLevel is not null)
            {
                flow.Paragraph(ReportTexts.Format("RecommendationsFromTo", culture, section.CurrentLevel, section.TargetLevel), style.Body, style.MutedBrush);
            }

            Bullets(ReportTexts.Get("RecommendationsReasons", culture), section.Reasons);
            Bullets(ReportTexts.Get("RecommendationsCaveats", culture), section.Caveats);

            if (section.Conditions.Count > 0)
            {
                flow.Subheading(ReportTexts.Get("RecommendationsConditions", culture));
                const double stateWidth = 92;
                foreach (var condition in section.Conditions)
                {
                    var width = flow.ContentWidth - stateWidth;
                    var height = flow.ParagraphHeight(condition.Text, style.Body, width);
                    flow.EnsureSpace(height + 4);
                    var top = flow.Y;
                    var (label, brush) = condition.State switch
                    {
                        ConditionState.Holds => ("✔ " + ReportTexts.Get("ConditionHolds", culture), style.AccentBrush),
                        ConditionState.DoesNotHold => ("✕ " + ReportTexts.Get("ConditionDoesNotHold", culture), style.MutedBrush),
                        ConditionState.ToAssess => ("? " + ReportTexts.Get("ConditionToAssess", culture), style.InkBrush),
                        _ => ("– " + ReportTexts.Get("ConditionNotApplicable", culture), style.MutedBrush),
                    };
                    Gfx.DrawString(label, style.SmallBold, brush, flow.Left, top + 1.5, XStringFormats.TopLeft);
                    flow.Paragraph(condition.Text, style.Body, style.InkBrush, indent: stateWidth, spaceAfter: 4, width: width);
                }
            }

            if (section.Actions.Count > 0)
            {
                flow.Subheading(ReportTexts.Get("RecommendationsActions", culture));
                for (var i = 0; i < section.Actions.Count; i++)
                {
                    var action = section.Actions[i];
                    const double indent = 22;
                    var width = flow.ContentWidth - indent;
                    flow.EnsureSpace(flow.ParagraphHeight(action.Title, style.BodyBold, width) + 30);
                    Gfx.DrawString((i + 1).ToString(culture), style.BodyBold, style.AccentBrush, flow.Left, flow.Y, XStringFormats.TopLeft);
                    flow.Paragraph(action.Title, style.BodyBold, style.InkBrush, indent: indent, spaceAfter: 1);
                    flow.Paragraph(action.Description, style.Body, style.InkBrush, indent: indent, spaceAfter: 1);
                    flow.Paragraph(ReportTexts.Format("RecommendationsArticleSection", culture, action.ArticleSection), style.Small, style.MutedBrush, indent: indent, spaceAfter: 8);
                }
            }

            if (!string.IsNullOrWhiteSpace(section.PerceptionGapAdvice))
            {
                flow.Subheading(ReportTexts.Get("RecommendationsPerceptionGap", culture));
                flow.Paragraph(section.PerceptionGapAdvice, style.Body, style.InkBrush);
            }

            if (section.Checklist.Count > 0)
            {
                flow.Subheading(ReportTexts.Get("RecommendationsChecklist", culture));
                foreach (var group in section.Checklist)
                {
                    flow.EnsureSpace(50);
                    flow.Paragraph(group.Title, style.BodyBold, style.AccentBrush, spaceAfter: 3);
                    foreach (var task in group.Tasks)
                    {
                        const double indent = 18;
                        const double statusWidth = 175;
                        var width = flow.ContentWidth - indent - statusWidth - 8;
                        var height = flow.ParagraphHeight(task.Text, style.Body, width);
                        flow.EnsureSpace(height + 3);
                        var top = flow.Y;
                        DrawTickBox(flow.Left + 2, top + 2.5, task.Ticked);
                        var status = task.Ticked
                            ? ReportTexts.Format("ChecklistTicked", culture, task.TickedBy, Date(task.TickedOn!.Value))
                            : ReportTexts.Get("ChecklistOpen", culture);
                        var statusLines = flow.Wrap(status, style.Small, statusWidth);
                        for (var l = 0; l < statusLines.Count; l++)
                        {
                            Gfx.DrawString(statusLines[l], style.Small, style.MutedBrush, flow.Right, top + 1 + (l * ReportStyle.LineHeight(style.Small)), XStringFormats.TopRight);
                        }

                        flow.Paragraph(task.Text, style.Body, style.InkBrush, indent: indent, spaceAfter: 0, width: width);
                        flow.Y = Math.Max(flow.Y, top + (statusLines.Count * ReportStyle.LineHeight(style.Small))) + 3;
                    }

                    flow.Space(6);
                }
            }

            if (!string.IsNullOrWhiteSpace(section.Rationale))
            {
                flow.Subheading(ReportTexts.Get("RecommendationsRationale", culture));
                flow.Paragraph(section.Rationale, style.Body, style.InkBrush);
            }
        }

        private void DrawTickBox(double x, double y, bool ticked)
        {
            var pen = new XPen(ReportStyle.Muted, 0.8);
            Gfx.DrawRectangle(pen, x, y, 8, 8);
            if (ticked)
            {
                var tick = new XPen(ReportStyle.Accent, 1.4);
                Gfx.DrawLines(tick, [new XPoint(x + 1.6, y + 4.2), new XPoint(x + 3.4, y + 6.2), new XPoint(x + 6.8, y + 1.6)]);
            }
        }

        private void Bullets(string title, IReadOnlyList<string> items)
        {
            if (items.Count == 0)
            {
                return;
            }

            flow.Subheading(title);
            foreach (var item in items)
            {
                const double indent = 14;
                flow.EnsureSpace(ReportStyle.LineHeight(style.Body));
                Gfx.DrawString("•", style.Body, style.AccentBrush, flow.Left + 3, flow.Y, XStringFormats.TopLeft);
                flow.Paragraph(item, style.Body, style.InkBrush, indent: indent, spaceAfter: 4);
            }
        }

        public void Appendix(ReportAppendix appendix)
        {
            flow.Space(12);
            flow.Heading(ReportTexts.Get("AppendixHeading", culture));
            foreach (var paragraph in appendix.MethodParagraphs)
            {
                flow.Paragraph(paragraph, style.Body, style.InkBrush);
            }

            flow.Subheading(ReportTexts.Get("AppendixWithheld", culture));
            if (appendix.Withheld.Count == 0)
            {
                flow.Paragraph(ReportTexts.Get("AppendixNothingWithheld", culture), style.Body, style.MutedBrush);
                return;
            }

            foreach (var item in appendix.Withheld)
            {
                flow.EnsureSpace(ReportStyle.LineHeight(style.Body) * 2);
                flow.Paragraph(item.Item, style.BodyBold, style.InkBrush, spaceAfter: 1);
                flow.Paragraph(item.Reason, style.Body, style.MutedBrush, indent: 0, spaceAfter: 6);
            }
        }

        private string Date(DateOnly date) => ChartFormat.Date(date, culture);
    }
}
