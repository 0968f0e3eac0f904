using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Assessments/{id}/Invitations: personal invitations, their delivery, and the departments' open links.</summary>
public sealed class InvitationsPage(BrowserSession session, int assessmentId) : PageObject(session, $"/Assessments/{assessmentId}/Invitations")
{
    /// <summary>Switches a department's open link on ("Sales" or "Marketing") and waits for the page to say so.</summary>
    public async Task SwitchOpenLinkOnAsync(string department)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Switch the {0} open link on", await DepartmentAsync(department)) }).ClickAsync();
        await AssertArrivedAsync();
        await Assertions.Expect(Page.GetByText(await TextAsync("The {0} open link is on.", await DepartmentAsync(department)))).ToBeVisibleAsync();
    }
}
