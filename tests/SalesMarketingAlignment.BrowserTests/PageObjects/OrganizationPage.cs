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

    /// <summary>The trend chart (shown from two rounds on).</summary>
    public ILocator TrendChart => Page.Locator("section.trend svg[role=img]");

    /// <summary>The trend's numbers, inside a closed details element until <see cref="ShowTrendTableAsync"/>.</summary>
    public ILocator TrendTable => Page.Locator("section.trend table.trend-table");

    public async Task ShowTrendTableAsync()
    {
        await Page.Locator("section.trend summary").ClickAsync();
        await Assertions.Expect(TrendTable).ToBeVisibleAsync();
        await CheckGatesAsync();
    }

    /// <summary>Each row of the trend table as its cells' text: round, date, Sales, Marketing.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> TrendRowsAsync()
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in await TrendTable.Locator("tbody tr").AllAsync())
        {
            rows.Add((await row.Locator("th, td").AllInnerTextsAsync()).Select(t => t.Trim()).ToList());
        }

        return rows;
    }

    /// <summary>Lines of the members list, e.g. "Erin Exec (erin@example.test), Executive" (without the remove buttons).</summary>
    public Task<IReadOnlyList<string>> MembersAsync() =>
        Page.Locator("h2:text-is('Members') + ul > li > .member").AllInnerTextsAsync();

    /// <summary>Removes a member by the name the list shows; the page reloads without them.</summary>
    public async Task RemoveMemberAsync(string displayName)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Remove {0}", displayName) }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Remove {0}", displayName) })).ToHaveCountAsync(0);
        await Session.WaitForLoadStateAsync(LoadState.Load);
        await CheckGatesAsync();
    }

    public async Task<CreateAssessmentPage> StartAssessmentAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = await TextAsync("Start an assessment") }).ClickAsync();
        var create = new CreateAssessmentPage(Session, Id);
        await create.AssertArrivedAsync();
        return create;
    }

    public async Task<AddExecutivePage> AddExecutiveAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = await TextAsync("Add a member") }).ClickAsync();
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
