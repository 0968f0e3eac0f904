namespace SalesMarketingAlignment.Web.Infrastructure;

public static class StaticAssets
{
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
