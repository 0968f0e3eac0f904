using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

/// <summary>The Integration Checklist of an organization: consultants tick tasks (<see cref="SaveChecklist"/>); executives read.</summary>
[AuthorizeOrganization(OrganizationSourceKind.Organization, "id")]
public sealed class ChecklistModel(
    AlignmentDbContext db, SaveChecklist saveChecklist, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public ChecklistView Checklist { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, HttpContext.OrganizationScope().CanChange, cancellationToken);
        return Page();
    }

    /// <summary>Replaces the set of ticked tasks; tasks that stay ticked keep who ticked them and when.</summary>
    /// <param name="assessmentId">When the form sat on an assessment page of this organization, go back there.</param>
    public async Task<IActionResult> OnPostAsync(int id, string[]? tasks, int? assessmentId, CancellationToken cancellationToken)
    {
        if (await saveChecklist.HandleAsync(id, tasks, users.GetUserId(User) ?? "", cancellationToken) is SaveChecklist.UnknownTasks unknown)
        {
            Error = localizer["Unknown checklist task: {0}. Nothing was saved.", string.Join(", ", unknown.Ids)];
            await LoadAsync(id, canChange: true, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var backToAssessment = assessmentId is { } a && await db.Assessments.AnyAsync(x => x.Id == a && x.OrganizationId == id, cancellationToken);
        return backToAssessment
            ? RedirectToPage("/Assessments/Details", pageHandler: null, routeValues: new { id = assessmentId }, fragment: "checklist")
            : RedirectToPage(new { id });
    }

    private async Task LoadAsync(int id, bool canChange, CancellationToken cancellationToken)
    {
        Id = id;
        Name = await db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken);
        Checklist = await ChecklistView.LoadAsync(db, id, canChange, assessmentId: null, cancellationToken);
    }
}

/// <summary>The checklist as shown: the 17 tasks in their 4 groups, what is ticked (by whom, when), progress per group.</summary>
public sealed record ChecklistView(int OrganizationId, bool CanChange, int? AssessmentId, IReadOnlyList<ChecklistView.Group> Groups)
{
    public int Ticked => Groups.Sum(g => g.Ticked);

    public int Total => Groups.Sum(g => g.Tasks.Count);

    public static async Task<ChecklistView> LoadAsync(
        AlignmentDbContext db, int organizationId, bool canChange, int? assessmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ticks = await db.ChecklistTicks.AsNoTracking()
            .Where(t => t.OrganizationId == organizationId)
            .Join(db.Users, t => t.TickedBy, u => u.Id, (t, u) => new { t.TaskId, t.TickedOn, u.DisplayName })
            .ToListAsync(cancellationToken);
        var byTask = ticks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var groups = IntegrationChecklist.Tasks
            .GroupBy(t => t.Group)
            .Select(g => new Group(
                g.Key,
                IntegrationChecklist.GroupTitle(g.Key),
                g.Select(t => byTask.TryGetValue(t.Id, out var tick)
                    ? new Item(t.Id, t.Text(), true, tick.DisplayName, tick.TickedOn)
                    : new Item(t.Id, t.Text(), false, null, null)).ToArray()))
            .ToArray();
        return new ChecklistView(organizationId, canChange, assessmentId, groups);
    }

    public sealed record Group(ChecklistGroup Id, string Title, IReadOnlyList<Item> Tasks)
    {
        public int Ticked => Tasks.Count(t => t.IsTicked);
    }

    public sealed record Item(string Id, string Text, bool IsTicked, string? TickedBy, DateOnly? TickedOn);
}
