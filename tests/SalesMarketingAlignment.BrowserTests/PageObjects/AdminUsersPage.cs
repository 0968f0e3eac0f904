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
        await Page.GetByLabel(await TextAsync("Name")).FillAsync(name);
        await Page.GetByLabel(await TextAsync("Email")).FillAsync(email);
        await Page.GetByLabel(await TextAsync("Password")).FillAsync(password);
        await Page.GetByLabel(await TextAsync("Role")).SelectOptionAsync(new SelectOptionValue { Label = await TextAsync(role) });
        await SubmitAndWaitForNewDocumentAsync(
            async () => await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Create the user") }).ClickAsync());
        await AssertArrivedAsync();
    }

    public ILocator RowOf(string email) => Rows.Filter(new() { HasText = email });

    /// <summary>Disables (or enables) the account named <paramref name="name"/>; the page redirects to itself.</summary>
    public async Task SetDisabledAsync(string name, bool disabled)
    {
        await SubmitAndWaitForNewDocumentAsync(
            async () => await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync(disabled ? "Disable {0}" : "Enable {0}", name) }).ClickAsync());
        await AssertArrivedAsync();
    }

    /// <summary>Issues a one-time password link for <paramref name="name"/> and returns it (shown on the page).</summary>
    public async Task<string> IssuePasswordLinkAsync(string name)
    {
        await SubmitAndWaitForNewDocumentAsync(
            async () => await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Password link for {0}", name) }).ClickAsync());
        await CheckGatesAsync();
        return await Page.GetByLabel(await TextAsync("Password link")).InputValueAsync();
    }
}
