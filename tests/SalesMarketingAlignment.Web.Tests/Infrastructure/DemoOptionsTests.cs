using Microsoft.Extensions.Configuration;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

public class DemoOptionsTests
{
    [Fact]
    public void TakeFlag_DemoBeforeUrls_KeepsUrlsForTheConfiguration()
    {
        var (requested, rest) = DemoOptions.TakeFlag(["--demo", "--urls", "http://127.0.0.1:5188"]);

        requested.Should().BeTrue();
        new ConfigurationBuilder().AddCommandLine(rest).Build()["urls"].Should().Be("http://127.0.0.1:5188");
    }

    [Fact]
    public void TakeFlag_NoFlag_LeavesArgumentsAlone()
    {
        var (requested, rest) = DemoOptions.TakeFlag(["--urls", "http://127.0.0.1:5188"]);

        requested.Should().BeFalse();
        rest.Should().Equal("--urls", "http://127.0.0.1:5188");
    }
}
