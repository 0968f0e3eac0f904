using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Organizations/{id}/AddExecutive: adds an existing executive by email, or creates a new executive account.</summary>
public sealed class AddExecutivePage(BrowserSession session, int organizationId)
    : PageObject(session, $"/Organizations/{organizationId}/AddExecutive")
{
    public async Task<OrganizationPage> AddNewExecutiveAsync(string name, string email, string password)
    {
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Name (new account only)").FillAsync(name);
        await Page.GetByLabel("Password, at least 8 characters (new account only)").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the executive" }).ClickAsync();
        var organization = new OrganizationPage(Session, organizationId);
        await organization.AssertArrivedAsync();
        return organization;
    }
}
