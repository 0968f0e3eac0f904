using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>
/// The responses of an assessment for its consultants, to find and void a clearly bogus one (through
/// <see cref="ExcludeResponse"/>, as the API does), and the exclusions made so far with who, when and why. Listed by
/// total, then id: never in submission order.
/// </summary>
[AuthorizeOrganization(OrganizationSourceKind.Assessment, "id", ChangeOnly = true)]
public sealed class ResponsesModel(
    AlignmentDbContext db, ExcludeResponse excludeResponse, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 100;

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string OrganizationName { get; private set; } = "";
    public IReadOnlyList<ResponseRow> Rows { get; private set; } = [];
    public IReadOnlyList<ExclusionRow> Exclusions { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasNextPage { get; private set; }

    /// <summary>The response the exclusion form is for; null when no response is chosen.</summary>
    public ResponseRow? Chosen { get; private set; }

    [BindProperty(SupportsGet = true)]
    public long? Find { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? ReasonError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, long? exclude, int? p, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, p ?? 1);
        return await LoadAsync(id, exclude, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostExcludeAsync(int id, long responseId, CancellationToken cancellationToken)
    {
        switch (await excludeResponse.HandleAsync(id, responseId, Reason, users.GetUserId(User)!, cancellationToken))
        {
            case ExcludeResponse.Excluded:
                TempData["Status"] = localizer["Response {0} was excluded; it no longer counts anywhere.", responseId].Value;
                return RedirectToPage("/Assessments/Responses", null, new { id }, "exclusions");
            case ExcludeResponse.Invalid { ReasonMissing: var missing }:
                ReasonError = missing
                    ? localizer["Say why this response is excluded; the reason is kept with the exclusion."]
                    : localizer["The reason has at most {0} characters.", ResponseExclusion.ReasonMaxLength];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await LoadAsync(id, responseId, cancellationToken) ? Page() : NotFound();
            default:
                TempData["Status"] = localizer["Response {0} is not among this assessment's responses (it may have been excluded already).", responseId].Value;
                return RedirectToPage("/Assessments/Responses", null, new { id }, null);
        }
    }

    private async Task<bool> LoadAsync(int id, long? chosen, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Title, OrganizationName = a.Organization!.Name, a.HeadsToldOfHeadsView, a.MinimumGroupSize })
            .SingleOrDefaultAsync(cancellationToken);
        if (assessment is null)
        {
            return false;
        }

        if (!assessment.HeadsToldOfHeadsView)
        {
            _rolesHiddenIn = await RolesHiddenAsync(id, new AnonymityRule(assessment.MinimumGroupSize), cancellationToken);
        }

        Id = id;
        Title = assessment.Title;
        OrganizationName = assessment.OrganizationName;
        var responses = db.Responses.AsNoTracking().Where(r => r.AssessmentId == id);
        if (Find is { } found)
        {
            responses = responses.Where(r => r.Id == found);
        }

        var page = await responses
            .OrderBy(r => r.Total).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasNextPage = page.Count > PageSize;
        Rows = page.Take(PageSize).Select(Row).ToList();
        if (chosen is { } responseId)
        {
            Chosen = Rows.FirstOrDefault(r => r.Id == responseId)
                ?? await db.Responses.AsNoTracking().Where(r => r.AssessmentId == id && r.Id == responseId)
                    .Select(r => Row(r)).SingleOrDefaultAsync(cancellationToken);
        }

        Exclusions = await db.ResponseExclusions.AsNoTracking()
            .Where(e => e.AssessmentId == id)
            .OrderByDescending(e => e.Id)
            .GroupJoin(db.Users, e => e.ExcludedBy, u => u.Id, (e, u) => new { e, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new ExclusionRow(
                x.e.ResponseId, x.e.Department, x.e.Total, x.e.Reason,
                u == null ? "—" : (string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "—" : u.DisplayName),
                x.e.ExcludedAt))
            .ToListAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Departments of a round from before decision 0013 whose heads or staff are a non-empty group below the minimum:
    /// their heads were promised the group rule, so the role is not shown there (as in responses.csv).
    /// </summary>
    private async Task<HashSet<Department>> RolesHiddenAsync(int id, AnonymityRule rule, CancellationToken cancellationToken)
    {
        var counts = await db.Responses.AsNoTracking()
            .Where(r => r.AssessmentId == id)
            .GroupBy(r => new { r.Department, r.Role })
            .Select(g => new { g.Key.Department, g.Key.Role, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return counts
            .GroupBy(c => c.Department)
            .Where(d => !rule.AllowsPartOf(d.Where(c => c.Role == RespondentRole.Head).Sum(c => c.Count), d.Sum(c => c.Count)))
            .Select(d => d.Key)
            .ToHashSet();
    }

    /// <summary>The role as the page shows it: blank ("—") where the minimum-group rule hides it.</summary>
    public string RoleShown(Department department, RespondentRole role) => _rolesHiddenIn.Contains(department) ? "—" : RoleName(role);

    private HashSet<Department> _rolesHiddenIn = [];

    private static ResponseRow Row(Response r) =>
        new(r.Id, r.Department, r.Role, r.Total, string.Concat(r.ToSurveyAnswers().Values.Select(v => v.ToString(CultureInfo.InvariantCulture))));

    public static string DepartmentName(Department department) => AlignmentWording.DepartmentName(department);

    public static string RoleName(RespondentRole role) => AlignmentWording.RoleName(role);

    /// <param name="Answers">The 20 answers as digits, statement 1 first ("34512…").</param>
    public sealed record ResponseRow(long Id, Department Department, RespondentRole Role, int Total, string Answers);

    public sealed record ExclusionRow(long ResponseId, Department Department, int Total, string Reason, string ExcludedBy, DateTimeOffset ExcludedAt);
}
