using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/Assessments/{id}/Plan/{kind}/{item}: a consultant sets one plan item's owner, due date, status and note.</summary>
public sealed class PlanItemPage(BrowserSession session, int assessmentId, string kind, string item)
    : PageObject(session, $"/Assessments/{assessmentId}/Plan/{kind}/{item}")
{
    /// <summary>Follows the item's Edit link in the assessment page's plan section.</summary>
    public static async Task<PlanItemPage> OpenFromDashboardAsync(AssessmentPage dashboard, string kind, string item)
    {
        await dashboard.Page.Locator($"#plan-{kind}-{item} .plan-edit a").ClickAsync();
        var page = new PlanItemPage(dashboard.Session, dashboard.Id, kind, item);
        await page.AssertArrivedAsync();
        return page;
    }

    /// <summary>Fills the form by its labels (member by name, date as YYYY-MM-DD, status as shown) and saves.</summary>
    public async Task<AssessmentPage> SaveAsync(string ownerMember, string dueDate, string status, string note)
    {
        await Page.GetByLabel("Owner (a member of the organization)").SelectOptionAsync(new SelectOptionValue { Label = ownerMember });
        await Page.GetByLabel("Due date").FillAsync(dueDate);
        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = status });
        await Page.GetByLabel("Note").FillAsync(note);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the plan item" }).ClickAsync();
        return await AssessmentPage.ArriveAsync(Session);
    }
}
