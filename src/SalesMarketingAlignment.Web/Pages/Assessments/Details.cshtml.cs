using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Invitations;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;
using SalesMarketingAlignment.Web.Pages.Organizations;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>
/// The assessment page, which is the dashboard: results first (headline, department cards, perception gap,
/// distribution, heads and staff, recommendation), then the survey links and counts. Every figure comes from the
/// aggregate loader (<see cref="AssessmentResultsQueries.LoadSnapshotAsync"/>), never from response rows. Closing
/// happens on <see cref="CloseModel"/> after a confirmation; the conditions form goes through the same use case as the API (<see cref="SaveConditions"/>).
/// </summary>
[AuthorizeOrganization(OrganizationSourceKind.Assessment, "id")]
public sealed class DetailsModel(
    AlignmentDbContext db, SaveConditions saveConditions, IStringLocalizer<SharedResource> localizer,
    UserManager<ApplicationUser> users, GetParticipation getParticipation) : PageModel
{
    public const string SortByGap = "gap";

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string OrganizationName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public bool IsOpen { get; private set; }
    public int MinimumGroupSize { get; private set; }
    public bool CanChange { get; private set; }
    public IReadOnlyList<LinkRow> Links { get; private set; } = [];
    public IReadOnlyList<CountRow> Counts { get; private set; } = [];

    /// <summary>Invited and answered per department and role (counts only; every member sees them).</summary>
    public Participation Participation { get; private set; } = null!;

    public AssessmentSnapshot Snapshot { get; private set; } = null!;
    public AssessmentResults Results => Snapshot.Results;
    public Recommendation Recommendation => Snapshot.Recommendation;
    public CultureInfo Culture { get; } = CultureInfo.CurrentUICulture;

    /// <summary>Any response at all: then results come first on the page.</summary>
    public bool HasResponses => Results.SalesResponses + Results.MarketingResponses > 0;

    public bool SortedByGap { get; private set; }
    public LevelScaleChart LevelScale { get; private set; } = null!;
    public PerceptionGapChart PerceptionGap { get; private set; } = null!;
    public TotalsDistributionChart? Distribution { get; private set; }
    public IReadOnlyList<DepartmentCard> Cards { get; private set; } = [];
    public IReadOnlyList<SubgroupRow> Subgroups { get; private set; } = [];
    public ChecklistView Checklist { get; private set; } = null!;

    /// <summary>Set when a posted conditions form could not be saved.</summary>
    public string? ConditionsError { get; private set; }

    /// <summary>Whether anyone has assessed the conditions; until then each reads "Not assessed yet".</summary>
    public bool ConditionsAssessed { get; private set; }

    /// <summary>Who last assessed the conditions (display name, or email); null when nobody is recorded.</summary>
    public string? ConditionsAssessedBy { get; private set; }

    public DateOnly? ConditionsAssessedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? sort, CancellationToken cancellationToken)
    {
        SortedByGap = string.Equals(sort, SortByGap, StringComparison.OrdinalIgnoreCase);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Replaces the set of "Do We Need to Be More Aligned?" conditions that hold (also for closed assessments).</summary>
    public async Task<IActionResult> OnPostConditionsAsync(int id, string[]? conditions, CancellationToken cancellationToken)
    {
        // No box ticked posts no field at all: that clears the set.
        switch (await saveConditions.HandleAsync(id, new SaveConditionsRequest(conditions ?? []), users.GetUserId(User)!, cancellationToken))
        {
            case SaveConditions.Saved:
                return RedirectToPage("/Assessments/Details", null, new { id }, "recommendation");
            case SaveConditions.Unknown { Ids: var unknown }:
                // Only a tampered form gets here; nothing is saved and the page says which id was refused.
                ConditionsError = localizer["Unknown condition: {0}. Nothing was saved.", string.Join(", ", unknown)];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    /// <returns>False when the assessment is gone (deleted after the organization filter looked).</returns>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.LoadSnapshotAsync(id, Culture, cancellationToken) is not { } snapshot)
        {
            return false;
        }

        Snapshot = snapshot;
        CanChange = HttpContext.OrganizationScope().CanChange;
        var assessment = Snapshot.Assessment;
        Id = id;
        OrganizationId = assessment.OrganizationId;
        OrganizationName = Snapshot.OrganizationName;
        Title = assessment.Title;
        IsOpen = assessment.IsOpen;
        MinimumGroupSize = assessment.MinimumGroupSize;
        Links = assessment.Links
            .OrderBy(l => l.Department)
            .Select(l => new LinkRow(l.Department, DepartmentName(l.Department), SurveyLinkUrl.For(Request, l.Token), assessment.OpenLinkEnabled(l.Department)))
            .ToList();
        Counts =
        [
            new(DepartmentName(Department.Sales), Results.SalesResponses, assessment.ExpectedSales),
            new(DepartmentName(Department.Marketing), Results.MarketingResponses, assessment.ExpectedMarketing),
        ];
        Cards =
        [
            new(Department.Sales, DepartmentName(Department.Sales), Results.SalesResponses, assessment.ExpectedSales, Results.Sales,
                Results.Withheld.FirstOrDefault(w => w.Item == WithheldItem.SalesFigures)?.Reason, ChartPalette.Sales),
            new(Department.Marketing, DepartmentName(Department.Marketing), Results.MarketingResponses, assessment.ExpectedMarketing, Results.Marketing,
                Results.Withheld.FirstOrDefault(w => w.Item == WithheldItem.MarketingFigures)?.Reason, ChartPalette.Marketing),
        ];

        LevelScale = ChartModelFactory.LevelScale(Results, Culture);
        PerceptionGap = ChartModelFactory.PerceptionGap(Results, SortedByGap ? PerceptionGapOrder.ByGap : PerceptionGapOrder.ByNumber, Culture);
        Distribution = ChartModelFactory.Distribution(Results, Culture);
        Subgroups = SubgroupRows(Snapshot.Counts, Snapshot.Rule);
        Participation = await getParticipation.HandleAsync(id, cancellationToken);
        Checklist = await ChecklistView.LoadAsync(db, OrganizationId, CanChange, id, cancellationToken);
        await LoadConditionsAssessmentAsync(assessment, cancellationToken);
        return true;
    }

    private async Task LoadConditionsAssessmentAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        ConditionsAssessed = assessment.ConditionsAssessed;
        ConditionsAssessedOn = assessment.ConditionsAssessedOn;
        ConditionsAssessedBy = assessment.ConditionsAssessedBy is { } assessorId
            ? await db.Users.Where(u => u.Id == assessorId)
                .Select(u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : u.DisplayName)
                .SingleOrDefaultAsync(cancellationToken)
            : null;
    }

    /// <summary>Heads and staff of each department, each shown only when neither it nor the rest of its department is too small.</summary>
    private static List<SubgroupRow> SubgroupRows(AssessmentCounts counts, AnonymityRule rule)
    {
        var rows = new List<SubgroupRow>();
        foreach (var department in new[] { Department.Sales, Department.Marketing })
        {
            var whole = counts.For(department);
            foreach (var role in new[] { RespondentRole.Head, RespondentRole.Staff })
            {
                var part = counts.For(department, role);
                var figures = AssessmentResults.SubgroupFiguresOrNull(part, whole, rule);
                rows.Add(new SubgroupRow(department, DepartmentName(department), role, part.Count, figures));
            }
        }

        return rows;
    }

    public static string DepartmentName(Department department) => InstrumentTexts.Get($"Department{department}");

    public string LevelName(AlignmentLevel level) => LevelBand.LevelName(level, Culture);

    public string Mean(decimal value) => ChartFormat.Mean(value, Culture);

    /// <summary>Cohen's conventional words for an effect size (|g| below 0.2 negligible, 0.5 small, 0.8 medium, else large).</summary>
    public static string EffectSizeWord(double hedgesG) => Math.Abs(hedgesG) switch
    {
        < 0.2 => "negligible",
        < 0.5 => "small",
        < 0.8 => "medium",
        _ => "large",
    };

    /// <summary>A p-value as people read it: three decimals, or "&lt; 0.001".</summary>
    public string PValue(double p) => p < 0.001
        ? "< " + 0.001.ToString("0.000", Culture)
        : "= " + p.ToString("0.000", Culture);

    /// <param name="Enabled">Whether the open link accepts answers (the consultant's choice).</param>
    public sealed record LinkRow(Department Department, string DepartmentName, string Url, bool Enabled);

    public sealed record CountRow(string DepartmentName, long Received, int? Expected);

    /// <param name="WithheldReason">Why the anonymity rule hides this department's figures; null when it does not.</param>
    public sealed record DepartmentCard(
        Department Department, string Name, long Responses, int? Expected, GroupFigures? Figures, string? WithheldReason, SeriesStyle Style)
    {
        /// <summary>Responses as a share of the headcount given at creation; null without a headcount.</summary>
        public decimal? ResponseRate => Expected is > 0 ? (decimal)Responses / Expected.Value : null;
    }

    public sealed record SubgroupRow(Department Department, string DepartmentName, RespondentRole Role, long Responses, GroupFigures? Figures);
}
