using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>
/// /Setup: creates the first administrator while none exists, with the one-time setup code the app printed in its log;
/// signs them in and leads to /Admin/Users.
/// </summary>
public sealed class SetupPage(BrowserSession session) : PageObject(session, "/Setup")
{
    public async Task<AdminUsersPage> CreateAdministratorAsync(string name, string email, string password, string setupCode)
    {
        await Page.Locator("#setup-code").FillAsync(setupCode);
        await Page.Locator("#Input_DisplayName").FillAsync(name);
        await Page.GetByLabel(await TextAsync("Email")).FillAsync(email);
        await Page.GetByLabel(await TextAsync("Password")).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Create the administrator") }).ClickAsync();
        var users = new AdminUsersPage(Session);
        await users.AssertArrivedAsync();
        return users;
    }
}
