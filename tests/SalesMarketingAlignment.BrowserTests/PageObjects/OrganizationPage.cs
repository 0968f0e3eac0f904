using System.Globalization;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Organizations/{id}: the organization's assessments and members.</summary>
public sealed class OrganizationPage(BrowserSession session, int id) : PageObject(session, $"/Organizations/{id}")
{
    public int Id { get; } = id;

    /// <summary>Waits for an organization's page after a click or post (its id is only known then); runs the gates.</summary>
    public static async Task<OrganizationPage> ArriveAsync(BrowserSession session)
    {
        var id = await WaitForPathAsync(session, @"/Organizations/(\d+)");
        var page = new OrganizationPage(session, int.Parse(id, CultureInfo.InvariantCulture));
        await page.CheckGatesAsync();
        return page;
    }

    /// <summary>Lines of the members list, e.g. "Erin Exec (erin@example.test), Executive".</summary>
    public Task<IReadOnlyList<string>> MembersAsync() =>
        Page.Locator("h2:text-is('Members') + ul > li").AllInnerTextsAsync();

    public async Task<CreateAssessmentPage> StartAssessmentAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Start an assessment" }).ClickAsync();
        var create = new CreateAssessmentPage(Session, Id);
        await create.AssertArrivedAsync();
        return create;
    }

    public async Task<AddExecutivePage> AddExecutiveAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add an executive" }).ClickAsync();
        var add = new AddExecutivePage(Session, Id);
        await add.AssertArrivedAsync();
        return add;
    }

    public async Task<AssessmentPage> OpenAssessmentAsync(string title)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        return await AssessmentPage.ArriveAsync(Session);
    }
}
