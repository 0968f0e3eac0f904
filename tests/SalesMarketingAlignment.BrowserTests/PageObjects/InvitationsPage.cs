using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Assessments/{id}/Invitations: personal invitations, their delivery, and the departments' open links.</summary>
public sealed class InvitationsPage(BrowserSession session, int assessmentId) : PageObject(session, $"/Assessments/{assessmentId}/Invitations")
{
    /// <summary>Switches a department's open link on ("Sales" or "Marketing") and waits for the page to say so.</summary>
    public async Task SwitchOpenLinkOnAsync(string department)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Switch the {department} open link on" }).ClickAsync();
        await AssertArrivedAsync();
        await Assertions.Expect(Page.GetByText($"The {department} open link is on.")).ToBeVisibleAsync();
    }
}
