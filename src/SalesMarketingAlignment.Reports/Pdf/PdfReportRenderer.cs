using System.Diagnostics.CodeAnalysis;
using PdfSharp.Pdf;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>
/// Draws a <see cref="DiagnosticReport"/> as a PDF with PDFsharp. Stateless and thread-safe: one instance can serve
/// every request, and renders may run in parallel. Each section is drawn by its class in <c>Sections/</c>; this class
/// decides their order and where pages break between them.
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

        using (var flow = new PageFlow(document, report.PaperSize, new ReportStyle()))
        {
            new CoverSection(flow, culture).Draw(report.Cover);
            flow.NewPage();
            new SummarySection(flow, culture).Draw(report.Summary, report.Charts.LevelScale);
            new LevelsSection(flow, culture).Draw(report.Levels);
            if (report.HasFigures)
            {
                // The charts start on a new page only when less than half of this one is left (no nearly empty page).
                flow.BeginSection();
                new ChartsSection(flow, culture).Draw(report.Charts);
                new PerceptionsSection(flow, culture).Draw(report.Perceptions, report.HeadsToldOfHeadsView);
                new BuyingFunnelPdfSection(flow, culture).Draw(report.BuyingFunnel);
                if (report.Changes is { } changes)
                {
                    new ChangesPdfSection(flow, culture).Draw(changes);
                }

                flow.BeginSection();
                new StatementTableSection(flow, culture).Draw(report.Statements, report.WeakSpots);
            }

            // Without a single figure the report stays short: the summary says why, the recommendation and the appendix follow.
            flow.BeginSection();
            new RecommendationsPdfSection(flow, culture).Draw(report.Recommendations);
            if (report.ActionPlan is { } plan)
            {
                flow.BeginSection();
                new ActionPlanPdfSection(flow, culture).Draw(plan);
            }

            new AppendixSection(flow, culture).Draw(report.Appendix, noResponses: report.Cover.Responses.Sum(r => r.Count) == 0);
            var header = $"{report.Cover.Organization}  ·  {report.Cover.AssessmentTitle}";
            flow.DrawPageFurniture(
                report.IsDraft ? $"{ReportTexts.Get("DraftMark", culture)}  ·  {header}" : header,
                (page, count) => ReportTexts.Format("PageOfPages", culture, page, count));
        }

        document.Save(output, closeStream: false);
    }
}
