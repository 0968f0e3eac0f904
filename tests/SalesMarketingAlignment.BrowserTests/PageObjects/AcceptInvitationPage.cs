using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Account/AcceptInvitation?token=…: a new member chooses a password (or signs in) and joins the organization.</summary>
public sealed class AcceptInvitationPage(BrowserSession session, string pathAndQuery) : PageObject(session, pathAndQuery)
{
    public static AcceptInvitationPage FromLink(BrowserSession session, string link)
    {
        if (!link.StartsWith(session.BaseUrl + "/Account/AcceptInvitation?token=", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not an invitation link of this site: {link}", nameof(link));
        }

        return new AcceptInvitationPage(session, link[session.BaseUrl.Length..]);
    }

    /// <summary>Chooses a name and password; arrives signed in on the organization's page.</summary>
    public async Task<OrganizationPage> CreateAccountAsync(string name, string password)
    {
        await Page.GetByLabel(await TextAsync("Name")).FillAsync(name);
        await Page.GetByLabel(await TextAsync("Password")).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Create my account and join") }).ClickAsync();
        return await OrganizationPage.ArriveAsync(Session);
    }
}
