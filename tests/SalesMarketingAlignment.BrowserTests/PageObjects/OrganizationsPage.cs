using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Organizations: the organizations the signed-in user may see.</summary>
public sealed class OrganizationsPage(BrowserSession session) : PageObject(session, "/Organizations")
{
    /// <summary>Names of the listed organizations.</summary>
    public Task<IReadOnlyList<string>> NamesAsync() => Page.Locator("main ul li a").AllInnerTextsAsync();

    public async Task<CreateOrganizationPage> AddOrganizationAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = await TextAsync("Add an organization") }).ClickAsync();
        var create = new CreateOrganizationPage(Session);
        await create.AssertArrivedAsync();
        return create;
    }

    public async Task<OrganizationPage> OpenAsync(string name)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        return await OrganizationPage.ArriveAsync(Session);
    }
}
