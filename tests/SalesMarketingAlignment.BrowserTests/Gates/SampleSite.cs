using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>Serves Gates/Samples/*.html as they are, so the gates can be tested on pages known good or bad.</summary>
public sealed class SampleSite : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        // /secure/… serves the same samples with the headers the app sends, for the security-headers gate.
        _app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/secure", out var rest))
            {
                context.Request.Path = rest;
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
            }

            await next(context);
        });
        _app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Gates", "Samples")),
        });
        // An empty icon: Chromium asks for /favicon.ico on every page and a 404 would trip the network gate.
        _app.MapGet("/favicon.ico", () => Results.Bytes([], "image/x-icon"));
        // Post/redirect/get, as the app's forms do: the gates must check the page the redirect leads to.
        _app.MapPost("/submit", (string next) => Results.Redirect(next));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
