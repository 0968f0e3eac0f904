using SalesMarketingAlignment.BrowserTests.Gates;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>The page-object base on the sample site: every arrival on a page runs the gates.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class PageObjectTests(BrowserFixture browser, SampleSite site, ITestOutputHelper output)
    : BrowserTest(browser, output), IClassFixture<SampleSite>
{
    [Fact]
    public async Task Goto_GoodPage_PassesTheGates()
    {
        var session = await OpenAsync(site.BaseUrl);
        var form = new SampleFormPage(session);

        await form.GotoAsync();

        (await form.Email.IsVisibleAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Goto_InaccessiblePage_FailsWithTheViolations()
    {
        var session = await OpenAsync(site.BaseUrl);

        var failure = await FluentActions.Awaiting(() => new SamplePage(session, "/inaccessible.html").GotoAsync())
            .Should().ThrowAsync<GateFailedException>();

        failure.Which.Message.Should().Contain("SamplePage").And.Contain("image-alt");
    }

    [Fact]
    public async Task AssertArrived_AfterPostAndRedirect_ChecksThePageTheRedirectLeadsTo()
    {
        var session = await OpenAsync(site.BaseUrl);
        var form = new SampleFormPage(session);
        await form.GotoAsync();

        await form.SendAsync("someone@example.test");

        var thanks = new SamplePage(session, "/thanks.html");
        await thanks.AssertArrivedAsync();
        session.Page.Url.Should().EndWith("/thanks.html");
    }

    [Fact]
    public async Task AssertArrived_AfterClickingToAnInaccessiblePage_Fails()
    {
        var session = await OpenAsync(site.BaseUrl);
        await new SamplePage(session, "/thanks.html").GotoAsync();

        await session.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Continue" }).ClickAsync();

        await FluentActions.Awaiting(() => new SamplePage(session, "/inaccessible.html").AssertArrivedAsync())
            .Should().ThrowAsync<GateFailedException>().WithMessage("*color-contrast*");
    }

    [Fact]
    public async Task HtmlGate_ChecksTheServedHtml_NotTheDomScriptsBuilt()
    {
        var session = await OpenAsync(site.BaseUrl);
        await new SamplePage(session, "/dom-only-invalid.html").GotoAsync();

        var domIds = await session.Page.Locator("#title").CountAsync();

        domIds.Should().Be(2, "the script added a second element with the same id to the DOM");
        await session.CheckHtmlAsync(); // the served document has one
    }

    private sealed class SamplePage(BrowserSession session, string path) : PageObject(session, path);

    private sealed class SampleFormPage(BrowserSession session) : PageObject(session, "/good.html")
    {
        public Microsoft.Playwright.ILocator Email => Page.GetByLabel("Email");

        public async Task SendAsync(string email)
        {
            await Email.FillAsync(email);
            await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        }
    }
}
