using SalesMarketingAlignment.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>The gates on static pages known to be good or bad: each gate must pass the good one and catch the bad one.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class GateTests(BrowserFixture browser, SampleSite site, ITestOutputHelper output)
    : BrowserTest(browser, output), IClassFixture<SampleSite>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task CheckPage_GoodPage_PassesEveryGate(Device device)
    {
        var session = await OpenAsync(site.BaseUrl, device);
        await session.GotoAsync("/good.html");

        await session.CheckPageAsync();

        await session.DisposeAsync(); // runs the HTML checker and the final health check
        Directory.Exists(session.ArtifactsFolder).Should().BeFalse("a passing test leaves no artifacts");
    }

    [Fact]
    public async Task CheckPage_PageWithoutSecurityHeaders_NamesEachMissingHeader()
    {
        var session = await OpenAsync(site.BaseUrl);
        session.ChecksSecurityHeaders = true;
        await session.GotoAsync("/good.html");

        var failure = await FluentActions.Awaiting(() => session.CheckPageAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Gate.Should().Contain("Security headers");
        failure.Which.Problems.Should().Contain(p => p.StartsWith("Content-Security-Policy is missing"))
            .And.Contain(p => p.StartsWith("X-Content-Type-Options"))
            .And.Contain(p => p.StartsWith("Referrer-Policy"));
    }

    [Fact]
    public async Task CheckPage_PageWithStrictHeaders_PassesTheSecurityHeadersGate()
    {
        var session = await OpenAsync(site.BaseUrl);
        session.ChecksSecurityHeaders = true;
        await session.GotoAsync("/secure/good.html");

        await session.CheckPageAsync();
    }

    [Fact]
    public async Task CheckPage_InaccessiblePage_ListsSeriousAndCriticalViolations()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/inaccessible.html");

        var failure = await FluentActions.Awaiting(() => session.CheckPageAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Gate.Should().Contain("axe");
        failure.Which.Problems.Should().Contain(p => p.StartsWith("image-alt (critical)"))
            .And.Contain(p => p.StartsWith("label (critical)"))
            .And.Contain(p => p.StartsWith("color-contrast (serious)"));
        Directory.GetFiles(session.ArtifactsFolder, "*.png").Should().ContainSingle();
        Directory.GetFiles(session.ArtifactsFolder, "*.served.html").Should().ContainSingle()
            .Which.Should().Match(f => File.ReadAllText(f).Contains("Hard to read"));
    }

    [Fact]
    public async Task CheckHtml_InvalidPage_ListsCheckerErrors()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/invalid.html");
        await session.CheckPageAsync(); // accessible: only the HTML checker objects

        var failure = await FluentActions.Awaiting(() => session.CheckHtmlAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Problems.Should().Contain(p => p.Contains("Duplicate ID “intro”"))
            .And.Contain(p => p.Contains("“unknownattribute”"))
            .And.Contain(p => p.Contains("“span”"))
            .And.OnlyContain(p => p.Contains("/invalid.html"));
        Directory.GetFiles(Path.Combine(session.ArtifactsFolder, "html"), "*.html").Should().ContainSingle();
    }

    [Fact]
    public async Task Dispose_InvalidPageNotYetChecked_FailsTheTest()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/invalid.html");
        await session.CheckPageAsync();

        await FluentActions.Awaiting(() => session.DisposeAsync().AsTask())
            .Should().ThrowAsync<GateFailedException>().WithMessage("*Duplicate ID*");
    }

    [Fact]
    public async Task CheckHtml_RazorCssIsolationAttributes_AreNotErrors()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/css-isolation.html");
        await session.CheckPageAsync();

        await session.CheckHtmlAsync();
    }

    [Fact]
    public async Task HtmlChecker_SeveralDocuments_AttributesErrorsToTheirDocument()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "Gates", "Samples");
        HtmlChecker.Document[] documents =
        [
            new("good", await File.ReadAllTextAsync(Path.Combine(samples, "good.html"))),
            new("invalid", await File.ReadAllTextAsync(Path.Combine(samples, "invalid.html"))),
            new("isolation", await File.ReadAllTextAsync(Path.Combine(samples, "css-isolation.html"))),
        ];

        var errors = await HtmlChecker.CheckAsync(documents, Path.Combine(Path.GetTempPath(), "sma-vnu-" + Guid.NewGuid().ToString("N")));

        errors.Should().NotBeEmpty().And.OnlyContain(e => e.Document == "invalid" && e.Line > 0);
    }

    [Fact]
    public async Task CheckPage_ConsoleErrorAndMissingScript_AreReported()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/noisy.html");

        var failure = await FluentActions.Awaiting(() => session.CheckPageAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Problems.Should().Contain(p => p.StartsWith("console error: boom from the page"))
            .And.Contain(p => p.StartsWith("HTTP 404: GET") && p.EndsWith("/missing.js"));
    }

    [Fact]
    public async Task CheckPage_UncaughtScriptError_IsReported()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/throws.html");

        var failure = await FluentActions.Awaiting(() => session.CheckPageAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Problems.Should().Contain(p => p.StartsWith("uncaught script error") && p.Contains("undefinedFunction"));
    }

    [Fact]
    public async Task CheckPage_ExpectedMissingResource_Passes()
    {
        var session = await OpenAsync(site.BaseUrl);
        session.Health.ExpectResponse("/gone.png", 404);
        await session.GotoAsync("/missing-image.html");

        await session.CheckPageAsync();
    }

    [Fact]
    public async Task Step_Throws_KeepsScreenshotAndHtmlNamedAfterTheStep()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/good.html");

        await FluentActions.Awaiting(() => session.StepAsync("Send the form", () => throw new TimeoutException("no reply")))
            .Should().ThrowAsync<InvalidOperationException>().WithMessage("Step \"Send the form\" failed: no reply*");

        Directory.GetFiles(session.ArtifactsFolder).Select(Path.GetFileName).Should()
            .BeEquivalentTo(["01-Send_the_form.png", "01-Send_the_form.dom.html", "01-Send_the_form.served.html"]);
    }

    [Fact]
    public async Task PhoneSession_HasPhoneViewportAndTouch()
    {
        var session = await OpenAsync(site.BaseUrl, Device.Phone);
        await session.GotoAsync("/good.html");

        var width = await session.Page.EvaluateAsync<int>("() => window.innerWidth");
        var coarsePointer = await session.Page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches");

        width.Should().Be(375);
        coarsePointer.Should().BeTrue();
    }

    [Fact]
    public async Task DesktopSession_HasDesktopViewportWithoutTouch()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/good.html");

        var width = await session.Page.EvaluateAsync<int>("() => window.innerWidth");
        var coarsePointer = await session.Page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches");

        width.Should().Be(1280);
        coarsePointer.Should().BeFalse();
    }

    [Fact]
    public async Task TwoSessionsInOneTest_KeepTheirArtifactsApart()
    {
        var first = await OpenAsync(site.BaseUrl);
        var second = await OpenAsync(site.BaseUrl);
        await first.GotoAsync("/good.html");
        await second.GotoAsync("/thanks.html");

        await first.CaptureAsync("first");
        await second.CaptureAsync("second");

        second.ArtifactsFolder.Should().Be(first.ArtifactsFolder + "-2");
        Directory.GetFiles(first.ArtifactsFolder, "*.png").Select(Path.GetFileName).Should().Equal("01-first.png");
        Directory.GetFiles(second.ArtifactsFolder, "*.png").Select(Path.GetFileName).Should().Equal("01-second.png");
    }

    [Fact]
    public async Task Goto_ErrorStatusWithEmptyBody_SaysTheSiteShouldRenderAnErrorPage()
    {
        var session = await OpenAsync(site.BaseUrl);
        session.Health.ExpectResponse("/no-such-page.html", 404); // the sample site answers an empty 404

        await FluentActions.Awaiting(() => session.GotoAsync("/no-such-page.html", expectedStatus: 404))
            .Should().ThrowAsync<InvalidOperationException>().WithMessage("*empty body*");
    }

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task CheckPage_ChartDrawnInsideItsBox_PassesTheChartGate(Device device)
    {
        var session = await OpenAsync(site.BaseUrl, device);
        await session.GotoAsync("/chart-good.html");

        (await ChartGate.FindProblemsAsync(session.Page)).Should().BeEmpty();
        await session.CheckPageAsync();
    }

    [Fact]
    public async Task CheckPage_ChartLineTransformedOutOfItsBox_NamesChartElementAndBoxes()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/chart-transformed.html");

        var failure = await FluentActions.Awaiting(() => session.CheckPageAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Gate.Should().StartWith("Charts");
        failure.Which.Problems.Should().ContainSingle()
            .Which.Should().Match("chart #sample-trend \"Alignment over time\": <path class=\"series-marketing\" d=\"M60 100 L240 70\"> is drawn at (*)-(*), outside the chart's box (*)-(*)");
    }

    [Fact]
    public async Task CheckPage_ChartShrunkBelowReadableSize_ReportsEachSmallLabel()
    {
        var session = await OpenAsync(site.BaseUrl);
        await session.GotoAsync("/chart-small-text.html");

        var failure = await FluentActions.Awaiting(() => session.CheckPageAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Problems.Should().HaveCount(3)
            .And.Contain(p => p.Contains("<text x=\"34\" y=\"164\">20 is rendered at 6.0 px (font 12px × scale 0.50), below 11 px"));
    }

    [Fact]
    public async Task CheckPage_PhonePageWiderThanTheViewport_NamesTheWidestElement()
    {
        var session = await OpenAsync(site.BaseUrl, Device.Phone);
        await session.GotoAsync("/wide-page.html");

        var failure = await FluentActions.Awaiting(() => session.CheckPageAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Gate.Should().Be("No sideways scrolling");
        failure.Which.Problems[0].Should().Match("the page scrolls sideways: scrollWidth * px in a viewport 375 px wide");
        failure.Which.Problems[1].Should().StartWith("p.wide-banner reaches ");
    }

    [Fact]
    public async Task CheckPage_PhoneWideTableInAScrollContainer_Passes()
    {
        var session = await OpenAsync(site.BaseUrl, Device.Phone);
        await session.GotoAsync("/wide-table-scrolls.html");

        (await session.Page.EvaluateAsync<int>("() => document.querySelector('table').getBoundingClientRect().width"))
            .Should().BeGreaterThan(375, "the table is wider than the phone, only its container scrolls");
        await session.CheckPageAsync();
    }
}
