using PdfSharp.Pdf;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

/// <summary>Draws one piece of the report on a fresh A4 document and writes it out for poppler to read back.</summary>
internal static class PdfCanvas
{
    public static PdfFile Draw(string name, Action<PageFlow> draw)
    {
        PdfSharpSetup.EnsureInitialized();
        using var document = new PdfDocument();
        using (var flow = new PageFlow(document, PaperSize.A4, new ReportStyle()))
        {
            flow.NewPage();
            draw(flow);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return PdfFile.Write(stream.ToArray(), name);
    }
}
