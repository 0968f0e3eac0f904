using PdfSharp.Fonts;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>PDFsharp's process-wide settings, made once and thread-safely before the first document.</summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Done = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureInitialized() => _ = Done.Value;

    private static bool Initialize()
    {
        if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
        {
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }

        return true;
    }
}
