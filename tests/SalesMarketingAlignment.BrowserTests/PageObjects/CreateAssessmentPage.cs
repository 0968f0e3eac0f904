using System.Globalization;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Organizations/{id}/Assessments/Create: title, smallest group shown, expected respondents.</summary>
public sealed class CreateAssessmentPage(BrowserSession session, int organizationId)
    : PageObject(session, $"/Organizations/{organizationId}/Assessments/Create")
{
    public async Task<AssessmentPage> CreateAsync(string title, int minimumGroupSize)
    {
        await Page.GetByLabel(await TextAsync("Title")).FillAsync(title);
        await Page.Locator("#Input_MinimumGroupSize").FillAsync(minimumGroupSize.ToString(CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = await TextAsync("Start the assessment") }).ClickAsync();
        return await AssessmentPage.ArriveAsync(Session);
    }
}
