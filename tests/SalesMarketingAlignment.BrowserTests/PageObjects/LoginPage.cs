using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Account/Login: email and password; without a return address it leads to /Organizations.</summary>
public sealed class LoginPage(BrowserSession session) : PageObject(session, "/Account/Login")
{
    public async Task<OrganizationsPage> SignInAsync(string email, string password)
    {
        await Page.GetByLabel(await TextAsync("Email")).FillAsync(email);
        await Page.GetByLabel(await TextAsync("Password")).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Sign in") }).ClickAsync();
        var organizations = new OrganizationsPage(Session);
        await organizations.AssertArrivedAsync();
        return organizations;
    }
}
