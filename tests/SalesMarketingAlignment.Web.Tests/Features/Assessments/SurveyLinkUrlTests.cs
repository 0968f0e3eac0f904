using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

/// <summary>
/// The page built survey links without escaping the token, the API with; both now use this one builder, which takes
/// the address from App:PublicBaseUrl, else from a Host that AllowedHosts has vetted, else gives a relative link.
/// </summary>
public sealed class SurveyLinkUrlTests
{
    private static HttpRequest Request(string scheme, HostString host, string? publicBaseUrl = null, params string[] allowedHosts)
    {
        var services = new ServiceCollection();
        services.Configure<PublicAddressOptions>(o => o.PublicBaseUrl = publicBaseUrl);
        services.Configure<HostFilteringOptions>(o => o.AllowedHosts = allowedHosts);
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Request.Scheme = scheme;
        context.Request.Host = host;
        return context.Request;
    }

    [Fact]
    public void For_VettedHostWithPathBase_IsAbsoluteUnderThePathBase()
    {
        var request = Request("https", new HostString("survey.example", 8443), allowedHosts: "survey.example");
        request.PathBase = "/app";

        SurveyLinkUrl.For(request, "abc_DEF-123").Should().Be("https://survey.example:8443/app/s/abc_DEF-123");
    }

    [Fact]
    public void For_TokenWithReservedCharacters_EscapesThem()
    {
        var request = Request("http", new HostString("localhost"), allowedHosts: "localhost");

        SurveyLinkUrl.For(request, "a/b?c").Should().Be("http://localhost/s/a%2Fb%3Fc");
    }

    [Theory]
    [InlineData("https://survey.example.com", "https://survey.example.com/s/tok")]
    [InlineData("https://survey.example.com/", "https://survey.example.com/s/tok")]
    [InlineData("https://example.com:8443/alignment/", "https://example.com:8443/alignment/s/tok")]
    public void For_PublicBaseUrlSet_IgnoresTheRequestAddress(string publicBaseUrl, string expected)
    {
        var request = Request("http", new HostString("evil.example"), publicBaseUrl, "*");
        request.PathBase = "/elsewhere";

        SurveyLinkUrl.For(request, "tok").Should().Be(expected);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("localhost", "*")]
    public void For_NoPublicBaseUrlAndAnyHostAllowed_IsRelative(params string[] allowedHosts)
    {
        var request = Request("http", new HostString("evil.example"), null, allowedHosts);
        request.PathBase = "/app";

        SurveyLinkUrl.For(request, "tok").Should().Be("/app/s/tok");
    }
}
