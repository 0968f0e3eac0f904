using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>
/// Serves DejaVu Sans from the assembly's resources: Linux has no font PDFsharp finds by itself, and embedded files
/// make every machine produce the same output. DejaVu covers Latin, Cyrillic and the symbols the report uses.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";

    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Every family resolves to DejaVu Sans, so a stray font name never makes a report fail.
        return (bold, italic) switch
        {
            (true, true) => new FontResolverInfo(Bold, false, true),
            (true, false) => new FontResolverInfo(Bold),
            (false, true) => new FontResolverInfo(Oblique),
            _ => new FontResolverInfo(Regular),
        };
    }

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"SalesMarketingAlignment.Reports.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource '{name}' is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
