using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Admin/Users: the accounts table and the form that creates an account with a role.</summary>
public sealed class AdminUsersPage(BrowserSession session) : PageObject(session, "/Admin/Users")
{
    public ILocator Notice => Page.GetByRole(AriaRole.Status);

    public ILocator Rows => Page.Locator("table tbody tr");

    /// <summary>Creates an account; the page redirects to itself and confirms it.</summary>
    public async Task CreateUserAsync(string name, string email, string password, string role)
    {
        await Page.GetByLabel("Name").FillAsync(name);
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = role });
        await SubmitAndWaitForNewDocumentAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync());
        await AssertArrivedAsync();
    }
}
