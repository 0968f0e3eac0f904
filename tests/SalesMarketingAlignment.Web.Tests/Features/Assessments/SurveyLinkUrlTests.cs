using Microsoft.AspNetCore.Http;
using SalesMarketingAlignment.Web.Features.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

/// <summary>The page built survey links without escaping the token, the API with; both now use this one builder.</summary>
public sealed class SurveyLinkUrlTests
{
    [Fact]
    public void For_RequestWithPathBase_IsAbsoluteUnderThePathBase()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new HostString("survey.example", 8443);
        request.PathBase = "/app";

        SurveyLinkUrl.For(request, "abc_DEF-123").Should().Be("https://survey.example:8443/app/s/abc_DEF-123");
    }

    [Fact]
    public void For_TokenWithReservedCharacters_EscapesThem()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("localhost");

        SurveyLinkUrl.For(request, "a/b?c").Should().Be("http://localhost/s/a%2Fb%3Fc");
    }
}
