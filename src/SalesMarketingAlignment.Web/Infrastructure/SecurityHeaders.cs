using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticAssets;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// The security headers of every response (pages, API, static files, error answers), from one middleware that runs
/// first: a Content-Security-Policy without 'unsafe-inline' (the layout's inline &lt;style&gt; carries the
/// request's <see cref="CspNonce"/>), nosniff, no referrer (survey links carry their token in the path), no powerful
/// browser features, no framing, and <c>Cache-Control: no-store</c> on everything but static files and the OpenAPI
/// document (results, CSV and PDF downloads, signed-in pages and survey pages must not stay in a shared cache).
/// Written when the response starts, so that error answers (whose handlers clear the headers first) carry them too.
/// </summary>
public static class SecurityHeaders
{
    public const string OpenApiPath = "/openapi";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services
            .AddScoped<CspNonce>()
            // ASVS 5.0 3.4.1 (level 2): a year, subdomains included (the framework's default is 30 days, this host only).
            .AddHsts(o =>
            {
                o.MaxAge = TimeSpan.FromDays(365);
                o.IncludeSubDomains = true;
            });

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Write(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The policy for a response whose inline &lt;style&gt; and &lt;script&gt; elements carry <paramref name="nonce"/>.</summary>
    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        $"style-src 'self' 'nonce-{nonce}'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static void Write(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(context.RequestServices.GetRequiredService<CspNonce>().Value);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
            "microphone=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!IsPublicStatic(context))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }

    /// <summary>Fingerprinted wwwroot files and the OpenAPI document: the same for everyone, so they may be cached.</summary>
    private static bool IsPublicStatic(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
        || context.Request.Path.StartsWithSegments(OpenApiPath, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A random value per request for the Content-Security-Policy: inline &lt;style&gt; and &lt;script&gt; elements run only
/// with <c>nonce="@Nonce.Value"</c>, so injected markup cannot add its own.
/// </summary>
public sealed class CspNonce
{
    // 128 random bits as hex: valid in a CSP nonce and never changed by HTML encoding ('+' in base64 would be
    // written as "&#x2B;" in the attribute, which browsers decode but a reader of the served HTML must not have to).
    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
