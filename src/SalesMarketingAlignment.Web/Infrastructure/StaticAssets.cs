using Microsoft.AspNetCore.Html;

namespace SalesMarketingAlignment.Web.Infrastructure;

public static class StaticAssets
{
    public static IServiceCollection AddAppStaticAssets(this IServiceCollection services) =>
        services.AddSingleton<InlineStylesheet>();

    /// <summary>
    /// wwwroot through MapStaticAssets: fingerprinted URLs (the layout's ~/ paths resolve to them, see WithStaticAssets
    /// on the pages), precompressed gzip/Brotli files and "max-age=31536000, immutable" for fingerprinted URLs.
    /// </summary>
    public static WebApplication MapAppStaticAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // On build output (dotnet run, the tests) MapStaticAssets adds a GET-only catch-all for files missing from the
        // manifest, which turns a POST to an unknown address into 405 instead of 404. Every asset is in the manifest.
        app.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] ??= "true";
        app.MapStaticAssets();
        return app;
    }
}

/// <summary>
/// wwwroot/css/site.css for a &lt;style&gt; element in the layout. The stylesheet is small (about 8 KB, 2.3 KB with
/// Brotli), and a &lt;link&gt; to it blocks the first paint for a round trip (Lighthouse: 150-300 ms on a throttled
/// connection), more than its bytes cost inline. Read once; in Development on every page so edits show at once.
/// </summary>
public sealed class InlineStylesheet(IWebHostEnvironment environment)
{
    public const string Path = "css/site.css";

    private HtmlString? _css;

    public HtmlString Css => environment.IsDevelopment() ? Read() : _css ??= Read();

    private HtmlString Read()
    {
        var file = environment.WebRootFileProvider.GetFileInfo(Path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The stylesheet wwwroot/{Path} is missing.", Path);
        }

        using var reader = new StreamReader(file.CreateReadStream());
        // The file is ours and contains no "</style"; HtmlString keeps CSS syntax such as '>' selectors intact.
        return new HtmlString(reader.ReadToEnd());
    }
}
