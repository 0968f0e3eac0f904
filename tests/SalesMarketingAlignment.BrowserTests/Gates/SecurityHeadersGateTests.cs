namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>The header rules themselves, without a browser.</summary>
public sealed class SecurityHeadersGateTests
{
    private static Dictionary<string, string> Strict() => new()
    {
        ["Content-Security-Policy"] = "default-src 'self'; script-src 'self' 'nonce-abc'; style-src 'self' 'nonce-abc'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
    };

    [Fact]
    public void FindProblems_TheAppsHeadersOverHttp_None() =>
        SecurityHeadersGate.FindProblems("http://127.0.0.1:5000/", Strict()).Should().BeEmpty();

    [Theory]
    [InlineData("'unsafe-inline'")]
    [InlineData("'unsafe-eval'")]
    public void FindProblems_UnsafeSourceInTheCsp_IsNamed(string source)
    {
        var headers = Strict();
        headers["Content-Security-Policy"] = headers["Content-Security-Policy"].Replace("style-src 'self'", "style-src 'self' " + source, StringComparison.Ordinal);

        SecurityHeadersGate.FindProblems("http://x/", headers).Should().ContainSingle().Which.Should().Contain(source);
    }

    [Fact]
    public void FindProblems_NoFrameAncestorsNoObjectSrcLaxReferrer_EachNamed()
    {
        var headers = Strict();
        headers["Content-Security-Policy"] = "default-src 'self'; base-uri 'self'";
        headers["Referrer-Policy"] = "unsafe-url";

        SecurityHeadersGate.FindProblems("http://x/", headers).Should().HaveCount(3)
            .And.Contain(p => p.Contains("frame-ancestors", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("object-src", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("Referrer-Policy is unsafe-url", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("max-age=15552000", 1)]
    [InlineData("max-age=31536000; includeSubDomains", 0)]
    public void FindProblems_Https_NeedsHstsOfAYear(string? hsts, int problems)
    {
        var headers = Strict();
        if (hsts is not null)
        {
            headers["Strict-Transport-Security"] = hsts;
        }

        SecurityHeadersGate.FindProblems("https://survey.example.com/", headers).Should().HaveCount(problems);
    }
}
