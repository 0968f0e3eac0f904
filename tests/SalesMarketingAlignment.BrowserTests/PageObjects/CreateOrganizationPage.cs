using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Organizations/Create: a consultant adds a client organization and becomes its member.</summary>
public sealed class CreateOrganizationPage(BrowserSession session) : PageObject(session, "/Organizations/Create")
{
    public async Task<OrganizationPage> CreateAsync(string name)
    {
        await Page.GetByLabel(await TextAsync("Name of the organization")).FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Add the organization") }).ClickAsync();
        return await OrganizationPage.ArriveAsync(Session);
    }
}
