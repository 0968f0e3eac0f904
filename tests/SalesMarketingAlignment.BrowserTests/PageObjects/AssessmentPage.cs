using System.Globalization;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Assessments/{id}: the assessment's dashboard, response counts, survey links (while open) and downloads.</summary>
public sealed class AssessmentPage(BrowserSession session, int id) : PageObject(session, $"/Assessments/{id}")
{
    public int Id { get; } = id;

    /// <summary>Waits for an assessment's page after a click or post (its id is only known then); runs the gates.</summary>
    public static async Task<AssessmentPage> ArriveAsync(BrowserSession session)
    {
        var id = await WaitForPathAsync(session, @"/Assessments/(\d+)");
        var page = new AssessmentPage(session, int.Parse(id, CultureInfo.InvariantCulture));
        await page.CheckGatesAsync();
        return page;
    }

    /// <summary>Follows "Invite respondents with personal links" from the share section to the Invitations page.</summary>
    public async Task<InvitationsPage> OpenInvitationsAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = await TextAsync("Invite respondents with personal links") }).ClickAsync();
        var invitations = new InvitationsPage(Session, Id);
        await invitations.AssertArrivedAsync();
        return invitations;
    }

    /// <summary>The survey link of a department ("Sales" or "Marketing") as the page shows it.</summary>
    public Task<string> SurveyLinkAsync(string department) => LinkField(department).InputValueAsync();

    /// <summary>Clicks the department's copy button, waits for its confirmation and returns what the clipboard holds.</summary>
    public async Task<string> CopySurveyLinkAsync(string department)
    {
        var button = Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Copy the {0} link", await DepartmentAsync(department)) });
        await button.ClickAsync();
        var status = Page.Locator($"#link-{department.ToLowerInvariant()}-status");
        await Assertions.Expect(status).ToHaveTextAsync("Copied");
        return await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
    }

    /// <summary>Received responses of a department, from the responses table.</summary>
    public async Task<int> ReceivedAsync(string department)
    {
        var table = Page.Locator("table").Filter(new() { Has = Page.Locator("caption:text-is('Responses received')") });
        var row = table.Locator("tr").Filter(new() { Has = Page.Locator($"td:text-is('{department}')") });
        var received = await row.Locator("td").Nth(1).InnerTextAsync();
        return int.Parse(received.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The headline section ("Where the relationship stands").</summary>
    public ILocator Headline => Page.Locator("section").Filter(new() { Has = Page.Locator("#headline-heading") });

    /// <summary>The sentence comparing the departments' perceptions.</summary>
    public ILocator GapSentence => Page.Locator("#gap-sentence");

    /// <summary>A department's mean total and level name from its card ("sales" or "marketing").</summary>
    public async Task<(decimal Mean, string Level)> DepartmentResultAsync(string department)
    {
        var card = Page.Locator($"#card-{department.ToLowerInvariant()}");
        var mean = await card.Locator(".card-mean .big-number").InnerTextAsync();
        var level = await card.Locator(".card-mean .level-name").InnerTextAsync();
        return (decimal.Parse(mean.Trim(), NumberStyles.Number, CultureInfo.GetCultureInfo("en")), level.Trim());
    }

    /// <summary>
    /// Publishes an interim release with the page's button (consultants): the page comes back with the notice saying
    /// who released the figures; runs the gates.
    /// </summary>
    public async Task ReleaseInterimResultsAsync()
    {
        await SubmitAndWaitForNewDocumentAsync(async () => await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Release interim results") }).ClickAsync());
        await Assertions.Expect(Page.Locator("#release")).ToContainTextAsync("Interim results released");
        await CheckGatesAsync();
    }

    /// <summary>Downloads the PDF report with the page's download button; returns the file's bytes.</summary>
    public async Task<byte[]> DownloadPdfReportAsync()
    {
        // The download ends the form's navigation without a new page: Chromium reports that request as aborted.
        Session.Health.ExpectRequestFailure($"/Assessments/{Id}/report.pdf");
        var download = await Page.RunAndWaitForDownloadAsync(
            async () => await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Download PDF report") }).ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }

    /// <summary>The organization link above the title.</summary>
    /// <summary>Opens every "Show the numbers" (details) element, so the gates see the tables too; runs the gates.</summary>
    public async Task OpenAllDetailsAsync()
    {
        await Page.EvaluateAsync("() => document.querySelectorAll('main details').forEach(d => d.open = true)");
        await CheckGatesAsync();
    }

    public async Task<OrganizationPage> OpenOrganizationAsync(string name)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        return await OrganizationPage.ArriveAsync(Session);
    }

    // By id: the dashboard's charts and cards also carry the department names.
    private ILocator LinkField(string department) => Page.Locator($"#link-{department.ToLowerInvariant()}");
}
