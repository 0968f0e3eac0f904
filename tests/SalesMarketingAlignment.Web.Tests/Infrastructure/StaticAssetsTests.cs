using System.Net;
using System.Text.RegularExpressions;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>Static files through MapStaticAssets (fingerprinted, long-cached), favicons, compression of dynamic answers.</summary>
public sealed partial class StaticAssetsTests : IDisposable
{
    /// <summary>
    /// Tests run the build output, where MapStaticAssets serves every asset "no-cache" for hot reload unless told to keep
    /// the manifest's headers; kept, they are what a published app sends.
    /// </summary>
    private readonly AppFactory _app = new(new Dictionary<string, string?> { ["EnableStaticAssetsDevelopmentCaching"] = "true" });

    [GeneratedRegex("""src="(/js/site\.[a-z0-9]+\.js)"|href="(/favicon\.[a-z0-9]+\.svg)" """)]
    private static partial Regex FingerprintedAsset();

    private async Task<List<string>> AssetUrlsAsync()
    {
        var html = await _app.CreateBrowser().GetStringAsync("/Account/Login");
        return FingerprintedAsset().Matches(html).Select(m => m.Groups.Values.Skip(1).First(g => g.Success).Value).ToList();
    }

    [Fact]
    public async Task Layout_ReferencesFingerprintedScriptAndIcon()
    {
        var urls = await AssetUrlsAsync();

        urls.Should().HaveCount(2, "the script and the icon are emitted with their content hash");
    }

    [Fact]
    public async Task Layout_InlinesTheStylesheetInsteadOfBlockingOnIt()
    {
        var client = _app.CreateBrowser();
        var html = await client.GetStringAsync("/Account/Login");
        var css = await client.GetStringAsync("/css/site.css");

        // The nonce lets the Content-Security-Policy allow this one inline stylesheet (Infrastructure/SecurityHeaders).
        html.Should().MatchRegex("<style nonce=\"[0-9A-F]{32}\">").And.Contain("\">" + css + "</style>").And.NotContain("rel=\"stylesheet\"");
        html.Should().MatchRegex("""<script src="/js/site\.[a-z0-9]+\.js" defer>""", "the script must not block parsing either");
    }

    [Fact]
    public async Task FingerprintedAsset_IsCachedForAYearAsImmutable()
    {
        var client = _app.CreateBrowser();
        foreach (var url in await AssetUrlsAsync())
        {
            var response = await client.GetAsync(url);

            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            response.Headers.CacheControl!.ToString().Should().Contain("immutable", url).And.Contain("max-age=31536000", url);
        }
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Favicon_IsServed(string url, string mediaType)
    {
        var response = await _app.CreateBrowser().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
    }

    [Theory]
    [InlineData("/Account/Login", "br", "text/html")]
    [InlineData("/Account/Login", "gzip", "text/html")]
    [InlineData("/openapi/v1.json", "br", "application/json")]
    [InlineData("/api/v1/no-such-thing", "gzip", "application/problem+json")]
    public async Task DynamicAnswer_CompressionAccepted_IsCompressed(string url, string encoding, string mediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        var response = await _app.CreateBrowser().SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
    }

    [Fact]
    public async Task Page_OverHttps_IsNotCompressed()
    {
        var client = _app.CreateBrowser();
        client.BaseAddress = new Uri("https://localhost");
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.AcceptEncoding.ParseAdd("br");

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().BeEmpty("pages carry secrets beside reflected input: no compression over HTTPS (BREACH)");
    }

    public void Dispose() => _app.Dispose();
}
