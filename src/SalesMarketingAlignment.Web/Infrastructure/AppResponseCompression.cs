using Microsoft.AspNetCore.ResponseCompression;

namespace SalesMarketingAlignment.Web.Infrastructure;

public static class AppResponseCompression
{
    /// <summary>
    /// Brotli or gzip for dynamic HTML, JSON and ProblemDetails (static files are precompressed at build and served by
    /// MapStaticAssets). Not over HTTPS: pages reflect the request's address (the language form's returnUrl) beside
    /// secrets that stay the same from one response to the next (survey links on an assessment's page), which is what
    /// BREACH needs to read them out of compressed sizes. Antiforgery tokens alone would be safe (re-encrypted with a
    /// fresh IV per response), the links are not. Over plain HTTP (local runs) nothing is secret from an observer anyway.
    /// </summary>
    public static IServiceCollection AddAppResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = false;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml", "text/csv"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }
}
