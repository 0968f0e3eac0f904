using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Web.Tests.Api;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// The security headers on every page the app has (found from the endpoint data source, anonymous and signed in), on
/// API, CSV, PDF, static-file and error answers: a CSP without 'unsafe-inline' whose nonce is on every inline
/// &lt;style&gt; and &lt;script&gt;, nosniff, no referrer, no powerful features, no framing, and no-store on
/// everything with results or personal data.
/// </summary>
public sealed class SecurityHeadersTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    /// <summary>Every Razor page URL, with route values of organization A's data.</summary>
    private async Task<List<string>> PageUrlsAsync()
    {
        var token = await fixture.App.WithDbAsync(db => Task.FromResult(db.SurveyLinks.First(l => l.AssessmentId == fixture.AssessmentA.Id).Token));
        var urls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null)
            {
                continue;
            }

            var pattern = endpoint.RoutePattern;
            urls.Add("/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => parameter.Name switch
                {
                    "organizationId" => fixture.OrganizationA.ToString(CultureInfo.InvariantCulture),
                    "id" when pattern.RawText!.StartsWith("Organizations", StringComparison.OrdinalIgnoreCase) => fixture.OrganizationA.ToString(CultureInfo.InvariantCulture),
                    "id" => fixture.AssessmentA.Id.ToString(CultureInfo.InvariantCulture),
                    "token" => token,
                    "key" => Guid.NewGuid().ToString(),
                    "kind" => "Action",
                    "item" => "da-colocate",
                    _ => throw new InvalidOperationException($"Give the route parameter '{parameter.Name}' of {pattern.RawText} a value in this test."),
                },
                _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}."),
            })))));
        }

        return [.. urls];
    }

    private static void ShouldHaveSecurityHeaders(HttpResponseMessage response, bool noStore, string request)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : "";

        var csp = Header("Content-Security-Policy");
        csp.Should().Contain("default-src 'self'", request)
            .And.Contain("object-src 'none'").And.Contain("base-uri 'none'").And.Contain("form-action 'self'").And.Contain("frame-ancestors 'none'")
            .And.MatchRegex("script-src 'self' 'nonce-[0-9A-F]{32}'").And.MatchRegex("style-src 'self' 'nonce-[0-9A-F]{32}'")
            .And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        Header("X-Content-Type-Options").Should().Be("nosniff", request);
        Header("Referrer-Policy").Should().Be("no-referrer", request);
        Header("Permissions-Policy").Should().Contain("camera=()", request).And.Contain("microphone=()").And.Contain("geolocation=()");
        Header("Cross-Origin-Opener-Policy").Should().Be("same-origin", request);
        Header("X-Frame-Options").Should().Be("DENY", request);
        if (noStore)
        {
            response.Headers.CacheControl?.NoStore.Should().BeTrue($"{request} has results or personal data");
        }
        else
        {
            (response.Headers.CacheControl?.NoStore ?? false).Should().BeFalse($"{request} is the same for everyone and may be cached");
        }
    }

    /// <summary>Inline &lt;style&gt; and &lt;script&gt; carry the CSP nonce; no style attributes (the CSP blocks them).</summary>
    private static async Task ShouldRunUnderTheCspAsync(HttpResponseMessage response, string request)
    {
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }

        var nonce = System.Text.RegularExpressions.Regex.Match(
            string.Join("", response.Headers.GetValues("Content-Security-Policy")), "'nonce-([^']+)'").Groups[1].Value;
        var page = await Html.ParseAsync(response);
        foreach (var element in page.QuerySelectorAll("style, script:not([src])"))
        {
            element.GetAttribute("nonce").Should().Be(nonce, $"{request}: inline <{element.LocalName}> needs this response's nonce");
        }

        page.QuerySelectorAll("[style]").Select(e => e.OuterHtml).Should().BeEmpty($"{request}: style attributes are blocked by the CSP");
        page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal))
            .Select(a => a.Name).Should().BeEmpty($"{request}: inline event handlers are blocked by the CSP");
    }

    [Fact]
    public async Task Https_OutsideDevelopment_SendsHstsForAYearWithSubdomains()
    {
        // ASVS 5.0 3.4.1 at level 2; the framework's default was 30 days for this host only.
        using var app = new AppFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://survey.example.com"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login");

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Be("max-age=31536000; includeSubDomains");
    }

    [Fact]
    public async Task EveryPage_AnonymousAndSignedIn_HasTheSecurityHeaders()
    {
        var urls = await PageUrlsAsync();
        urls.Should().Contain(["/Account/Login", "/Organizations", $"/Assessments/{fixture.AssessmentA.Id}"], "pages come from the endpoint data source");
        var admin = fixture.App.CreateBrowser();
        (await admin.SignInAsync(ApiFixture.Admin)).ShouldBeRedirect();
        var consultant = fixture.App.CreateBrowser();
        (await consultant.SignInAsync(ApiFixture.ConsultantA)).ShouldBeRedirect();

        foreach (var (who, browser) in new[] { ("anonymous", fixture.App.CreateBrowser()), ("administrator", admin), ("consultant", consultant) })
        {
            foreach (var url in urls)
            {
                var response = await browser.GetAsync(url);
                var request = $"{who} GET {url} ({(int)response.StatusCode})";

                ((int)response.StatusCode).Should().BeLessThan(500, request);
                // Every page: signed-in pages and survey pages carry personal data; the rest costs nothing to refetch.
                ShouldHaveSecurityHeaders(response, noStore: true, request);
                await ShouldRunUnderTheCspAsync(response, request);
            }
        }
    }

    [Fact]
    public async Task ApiCsvPdfAndErrors_HaveTheSecurityHeadersAndNoStore()
    {
        var consultant = fixture.App.CreateBrowser();
        (await consultant.SignInAsync(ApiFixture.ConsultantA)).ShouldBeRedirect();
        var token = fixture.ClientFor(ApiFixture.ConsultantA);
        var id = fixture.AssessmentA.Id;

        var samples = new (HttpClient Client, string Url, HttpStatusCode? Expected)[]
        {
            (token, "/api/v1/organizations", HttpStatusCode.OK),
            (token, $"/api/v1/assessments/{id}", HttpStatusCode.OK),
            (token, $"/api/v1/assessments/{id}/results", null),
            (token, $"/api/v1/assessments/{id}/responses.csv", null),
            (consultant, $"/api/v1/assessments/{id}/statements.csv", null),
            (consultant, $"/Assessments/{id}/report.pdf", null),
            (token, $"/api/v1/assessments/{id}/report.pdf", null),
            (fixture.ClientFor(null), "/api/v1/organizations", HttpStatusCode.Unauthorized),
            (fixture.ClientFor(null), "/api/v1/no-such-endpoint", HttpStatusCode.NotFound),
            (fixture.App.CreateBrowser(), "/no-such-page", HttpStatusCode.NotFound),
            (consultant, "/Assessments/999999", HttpStatusCode.NotFound),
        };
        foreach (var (client, url, expected) in samples)
        {
            var response = await client.GetAsync(url);
            var request = $"GET {url} ({(int)response.StatusCode})";

            if (expected is { } status)
            {
                response.StatusCode.Should().Be(status, request);
            }

            ((int)response.StatusCode).Should().BeLessThan(500, request);
            ShouldHaveSecurityHeaders(response, noStore: true, request);
        }
    }

    [Fact]
    public async Task StaticFilesAndOpenApi_HaveTheSecurityHeadersAndStayCacheable()
    {
        var page = await fixture.App.CreateBrowser().GetDocumentAsync("/Account/Login");
        var script = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        var icon = page.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;

        foreach (var url in new[] { script, icon, "/openapi/v1.json" })
        {
            var response = await fixture.App.CreateClient().GetAsync(url);

            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            ShouldHaveSecurityHeaders(response, noStore: false, $"GET {url}");
        }
    }
}
