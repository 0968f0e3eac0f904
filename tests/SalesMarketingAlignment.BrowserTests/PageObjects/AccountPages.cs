using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Account/ResetPassword?user=…&amp;token=…: a new password from a reset link; leads to sign-in.</summary>
public sealed class ResetPasswordPage(BrowserSession session, string pathAndQuery) : PageObject(session, pathAndQuery)
{
    public static ResetPasswordPage FromLink(BrowserSession session, string link) =>
        link.StartsWith(session.BaseUrl + "/Account/ResetPassword?", StringComparison.Ordinal)
            ? new ResetPasswordPage(session, link[session.BaseUrl.Length..])
            : throw new ArgumentException($"Not a password link of this site: {link}", nameof(link));

    public async Task<LoginPage> SetPasswordAsync(string password)
    {
        await Page.GetByLabel(await TextAsync("New password")).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Set the password") }).ClickAsync();
        var login = new LoginPage(Session);
        await login.AssertArrivedAsync();
        return login;
    }
}

/// <summary>/Account/ChangePassword: the signed-in user's own password.</summary>
public sealed class ChangePasswordPage(BrowserSession session) : PageObject(session, "/Account/ChangePassword")
{
    public ILocator Notice => Page.GetByRole(AriaRole.Status);

    public async Task ChangeAsync(string current, string next)
    {
        await Page.GetByLabel(await TextAsync("Current password")).FillAsync(current);
        await Page.GetByLabel(await TextAsync("New password")).FillAsync(next);
        await SubmitAndWaitForNewDocumentAsync(async () => await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Change the password") }).ClickAsync());
        await AssertArrivedAsync();
    }
}

/// <summary>/Account/ForgotPassword: a reset link by email, or (without mail) the advice to ask an administrator.</summary>
public sealed class ForgotPasswordPage(BrowserSession session) : PageObject(session, "/Account/ForgotPassword");

/// <summary>/Admin/Audit: the security events, newest first.</summary>
public sealed class AuditPage(BrowserSession session) : PageObject(session, "/Admin/Audit")
{
    /// <summary>Each row's cells: when, event, by, account, organization, assessment, details.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> RowsAsync()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in await Page.Locator("table.audit-table tbody tr").AllAsync())
        {
            rows.Add((await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToList());
        }

        return rows;
    }
}
