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
        await Page.GetByLabel("Setup code").FillAsync(setupCode);
        await Page.GetByLabel("Name").FillAsync(name);
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create the administrator" }).ClickAsync();
        var users = new AdminUsersPage(Session);
        await users.AssertArrivedAsync();
        return users;
    }
}
