using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

/// <summary>The Integration Checklist of an organization: consultants tick tasks (who and when is kept); executives read.</summary>
public sealed class ChecklistModel(
    AlignmentDbContext db, OrganizationAccess access, UserManager<ApplicationUser> users, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public ChecklistView Checklist { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var level = await access.ToOrganizationAsync(User, id, cancellationToken);
        if (level == Access.None)
        {
            return NotFound();
        }

        await LoadAsync(id, level == Access.Write, cancellationToken);
        return Page();
    }

    /// <summary>Replaces the set of ticked tasks; tasks that stay ticked keep who ticked them and when.</summary>
    /// <param name="assessmentId">When the form sat on an assessment page of this organization, go back there.</param>
    public async Task<IActionResult> OnPostAsync(int id, string[]? tasks, int? assessmentId, CancellationToken cancellationToken)
    {
        var level = await access.ToOrganizationAsync(User, id, cancellationToken);
        if (level == Access.None)
        {
            return NotFound();
        }

        if (level != Access.Write)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var known = IntegrationChecklist.Tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = (tasks ?? []).Where(t => !known.Contains(t)).ToArray();
        if (unknown.Length > 0)
        {
            Error = localizer["Unknown checklist task: {0}. Nothing was saved.", string.Join(", ", unknown)];
            await LoadAsync(id, canChange: true, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var wanted = (tasks ?? []).ToHashSet(StringComparer.Ordinal);
        var existing = await db.ChecklistTicks.Where(t => t.OrganizationId == id).ToListAsync(cancellationToken);
        db.ChecklistTicks.RemoveRange(existing.Where(t => !wanted.Contains(t.TaskId)));
        var userId = users.GetUserId(User) ?? "";
        var today = clock.Today();
        foreach (var task in wanted.Where(w => existing.All(e => e.TaskId != w)))
        {
            db.ChecklistTicks.Add(new ChecklistTick { OrganizationId = id, TaskId = task, TickedBy = userId, TickedOn = today });
        }

        await db.SaveChangesAsync(cancellationToken);

        var backToAssessment = assessmentId is { } a && await db.Assessments.AnyAsync(x => x.Id == a && x.OrganizationId == id, cancellationToken);
        return Redirect(backToAssessment ? $"/Assessments/{assessmentId}#checklist" : $"/Organizations/{id}/Checklist");
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
