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
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Changes;
using SalesMarketingAlignment.Web.Features.Invitations;
using SalesMarketingAlignment.Web.Features.Plans;
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
public sealed partial class DetailsModel(
    AlignmentDbContext db, SaveConditions saveConditions, ReleaseResults releaseResults, IStringLocalizer<SharedResource> localizer,
    UserManager<ApplicationUser> users, GetParticipation getParticipation, GetPlan getPlan, SetClosingDate setClosingDate, GetRoundChanges getRoundChanges, TimeProvider clock) : PageModel
{
    public const string SortByGap = "gap";

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string OrganizationName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public bool IsOpen { get; private set; }
    public int MinimumGroupSize { get; private set; }

    /// <summary>False for a round from before decision 0013: its heads stay inside the minimum-group rule.</summary>
    public bool HeadsToldOfHeadsView { get; private set; } = true;

    /// <summary>The last day for answers (UTC); null without a closing date.</summary>
    public DateOnly? ClosesOn { get; private set; }

    /// <summary>Open, but the closing date has passed: the links accept nothing although the consultant has not closed it.</summary>
    public bool ClosingDatePassed { get; private set; }

    /// <summary>Today (UTC): the earliest closing date the form accepts.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Why the closing date was not saved; null when it was, or nothing was sent.</summary>
    public string? ClosingDateError { get; private set; }

    /// <summary>A date in the page's language ("25 November 2026").</summary>
    public string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);
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

    /// <summary>
    /// Whether this reader sees figures (<see cref="Assessment.FiguresVisibleTo"/>): otherwise the page shows only who
    /// has taken part, and none of the members that need <see cref="Snapshot"/> are set.
    /// </summary>
    public bool FiguresShown { get; private set; }

    /// <summary>Whether the figures are released to the organization's executives (closed, or an interim release).</summary>
    public bool FiguresReleased { get; private set; }

    /// <summary>When a consultant released interim results; null without an interim release.</summary>
    public DateTimeOffset? FiguresReleasedAt { get; private set; }

    /// <summary>Who released interim results (display name, or email); null when nobody is recorded.</summary>
    public string? FiguresReleasedByName { get; private set; }

    public bool SortedByGap { get; private set; }
    public LevelScaleChart LevelScale { get; private set; } = null!;
    public PerceptionGapChart PerceptionGap { get; private set; } = null!;
    public TotalsDistributionChart? Distribution { get; private set; }
    public IReadOnlyList<DepartmentCard> Cards { get; private set; } = [];
    public IReadOnlyList<SubgroupRow> Subgroups { get; private set; } = [];
    public ChecklistView Checklist { get; private set; } = null!;

    /// <summary>The action plan (who does each recommended action and checklist task, by when); set when figures are shown.</summary>
    public ActionPlanView Plan { get; private set; } = null!;

    /// <summary>What moved since an earlier round (decision 0017): the round chosen in "Compare with", else the one before.</summary>
    public GetRoundChanges.Result Changes { get; private set; } = null!;

    /// <summary>The earlier round asked for in the link (<c>?since=</c>); null for the one before.</summary>
    public int? ChangesSince { get; private set; }

    /// <summary>Set when a posted conditions form could not be saved.</summary>
    public string? ConditionsError { get; private set; }

    /// <summary>Whether anyone has assessed the conditions; until then each reads "Not assessed yet".</summary>
    public bool ConditionsAssessed { get; private set; }

    /// <summary>Who last assessed the conditions (display name, or email); null when nobody is recorded.</summary>
    public string? ConditionsAssessedBy { get; private set; }

    public DateOnly? ConditionsAssessedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? sort, string? since, CancellationToken cancellationToken)
    {
        SortedByGap = string.Equals(sort, SortByGap, StringComparison.OrdinalIgnoreCase);
        ChangesSince = int.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) ? chosen : null;
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

    /// <summary>Sets, moves or removes (<paramref name="remove"/>) the last day for answers of an open assessment (consultants only).</summary>
    public async Task<IActionResult> OnPostClosingDateAsync(int id, string? closesOn, bool remove, CancellationToken cancellationToken)
    {
        if (!HttpContext.OrganizationScope().CanChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        DateOnly? date = null;
        if (!remove)
        {
            if (!DateOnly.TryParseExact(closesOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return await ClosingDateRefusedAsync(id, localizer["Enter the closing date as a date, for example {0}.", "2026-12-31"], cancellationToken);
            }

            date = parsed;
        }

        switch (await setClosingDate.HandleAsync(id, date, cancellationToken))
        {
            case SetClosingDate.Saved:
                return RedirectToPage("/Assessments/Details", null, new { id }, "closing-date");
            case SetClosingDate.Invalid:
                return await ClosingDateRefusedAsync(id, localizer[ClosingDateRule.InThePastMessage], cancellationToken);
            case SetClosingDate.AlreadyClosed:
                return await ClosingDateRefusedAsync(id, localizer["The assessment is closed: it accepts no answers, so it has no closing date to change."], cancellationToken);
            default:
                return NotFound();
        }
    }

    /// <summary>The page again with the reason beside the form; nothing was saved.</summary>
    private async Task<IActionResult> ClosingDateRefusedAsync(int id, string message, CancellationToken cancellationToken)
    {
        ClosingDateError = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Publishes an interim release of the figures to the organization's executives (consultants only).</summary>
    public async Task<IActionResult> OnPostReleaseAsync(int id, CancellationToken cancellationToken)
    {
        if (!HttpContext.OrganizationScope().CanChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await releaseResults.HandleAsync(id, users.GetUserId(User)!, cancellationToken) is ReleaseResults.Released
            ? RedirectToPage("/Assessments/Details", null, new { id }, "release")
            : NotFound();
    }

    /// <returns>False when the assessment is gone (deleted after the organization filter looked).</returns>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        CanChange = HttpContext.OrganizationScope().CanChange;
        var forReader = await db.LoadResultsForAsync(id, CanChange, cancellationToken);
        if (forReader is null)
        {
            return false;
        }

        var assessment = forReader.Assessment;
        Id = id;
        OrganizationId = assessment.OrganizationId;
        OrganizationName = forReader.OrganizationName;
        Title = assessment.Title;
        IsOpen = assessment.IsOpen;
        MinimumGroupSize = assessment.MinimumGroupSize;
        HeadsToldOfHeadsView = assessment.HeadsToldOfHeadsView;
        Today = clock.Today();
        ClosesOn = assessment.ClosesOn;
        ClosingDatePassed = assessment.IsOpen && assessment.ClosingDatePassed(Today);
        FiguresReleased = assessment.FiguresReleased;
        FiguresReleasedAt = assessment.FiguresReleasedAt;
        FiguresReleasedByName = await UserNameAsync(assessment.FiguresReleasedBy, cancellationToken);
        if (forReader is ResultsForReader.NotReleased notReleased)
        {
            Counts =
            [
                new(DepartmentName(Department.Sales), notReleased.SalesResponses, assessment.ExpectedSales),
                new(DepartmentName(Department.Marketing), notReleased.MarketingResponses, assessment.ExpectedMarketing),
            ];
            Participation = await getParticipation.HandleAsync(id, cancellationToken);
            return true;
        }

        FiguresShown = true;
        Snapshot = ((ResultsForReader.Released)forReader).Snapshot;
        // Executives never get the survey links: with one they could answer for others (issue 11, padding).
        Links = !CanChange ? [] : assessment.Links
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
                Reason(WithheldItem.SalesFigures), ChartPalette.Sales),
            new(Department.Marketing, DepartmentName(Department.Marketing), Results.MarketingResponses, assessment.ExpectedMarketing, Results.Marketing,
                Reason(WithheldItem.MarketingFigures), ChartPalette.Marketing),
        ];

        LevelScale = ChartModelFactory.LevelScale(Results, Culture);
        PerceptionGap = ChartModelFactory.PerceptionGap(Results, SortedByGap ? PerceptionGapOrder.ByGap : PerceptionGapOrder.ByNumber, Culture);
        Distribution = ChartModelFactory.Distribution(Results, Culture);
        Subgroups = SubgroupRows(Snapshot.Counts, Snapshot.Rule, assessment.HeadsToldOfHeadsView);
        Participation = await getParticipation.HandleAsync(id, cancellationToken);
        Checklist = await ChecklistView.LoadAsync(db, OrganizationId, CanChange, id, cancellationToken);
        Plan = await getPlan.BuildAsync(id, Recommendation, cancellationToken);
        Changes = await getRoundChanges.HandleAsync(new GetRoundChanges.Request(id, ChangesSince, CanChange), cancellationToken);
        await LoadBuyingFunnelAsync(assessment, cancellationToken);
        await LoadConditionsAssessmentAsync(assessment, cancellationToken);
        return true;
    }

    private async Task LoadConditionsAssessmentAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        ConditionsAssessed = assessment.ConditionsAssessed;
        ConditionsAssessedOn = assessment.ConditionsAssessedOn;
        ConditionsAssessedBy = await UserNameAsync(assessment.ConditionsAssessedBy, cancellationToken);
    }

    private async Task<string?> UserNameAsync(string? userId, CancellationToken cancellationToken) =>
        userId is null
            ? null
            : await db.Users.Where(u => u.Id == userId)
                .Select(u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : u.DisplayName)
                .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The four perceptions (docs/decisions/0013): each head's view as such, each staff under the minimum group rule;
    /// in rounds whose heads were not told, the heads too under the minimum group rule.
    /// </summary>
    private static List<SubgroupRow> SubgroupRows(AssessmentCounts counts, AnonymityRule rule, bool headsToldOfHeadsView) =>
        Perceptions.Compute(counts.For, rule, headsToldOfHeadsView)
            .Select(p => new SubgroupRow(p.Department, DepartmentName(p.Department), p.Role, p.Responses, p.Figures))
            .ToList();

    public static string DepartmentName(Department department) => AlignmentWording.DepartmentName(department);

    public string LevelName(AlignmentLevel level) => AlignmentWording.LevelName(level, Culture);

    public string Mean(decimal value) => ChartFormat.Mean(value, Culture);

    private string? Reason(WithheldItem item) =>
        Results.Withheld.FirstOrDefault(w => w.Item == item) is { } withholding ? AlignmentWording.WithheldReason(withholding, Culture) : null;

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
