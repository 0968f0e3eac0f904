using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>
/// /Organizations/{id}/AddExecutive ("Add a member"): adds an account the consultant made, or invites an email. Without
/// mail the page shows the invitation link to pass on.
/// </summary>
public sealed class AddExecutivePage(BrowserSession session, int organizationId)
    : PageObject(session, $"/Organizations/{organizationId}/AddExecutive")
{
    /// <summary>Invites <paramref name="email"/>; returns the invitation link the page shows (no mail in the tests).</summary>
    public async Task<string> InviteAsync(string email)
    {
        await Page.GetByLabel(await TextAsync("Email")).FillAsync(email);
        await SubmitAndWaitForNewDocumentAsync(async () => await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Add or invite") }).ClickAsync());
        await CheckGatesAsync();
        return await Page.GetByLabel(await TextAsync("Invitation link")).InputValueAsync();
    }
}
