using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Web.Charts;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

[AuthorizeOrganization(OrganizationSourceKind.Organization, "id")]
public sealed class DetailsModel(AlignmentDbContext db, RemoveMember removeMember) : PageModel
{
    public string? CurrentUserId => AuditTrail.UserId(User);

    /// <summary>Removes a member (POST: the organization filter asked for the right to change).</summary>
    public async Task<IActionResult> OnPostRemoveMemberAsync(int id, string userId, CancellationToken cancellationToken)
    {
        await removeMember.HandleAsync(id, userId, CurrentUserId!, cancellationToken);
        return RedirectToPage(new { id });
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool CanChange { get; private set; }
    public IReadOnlyList<AssessmentRow> Assessments { get; private set; } = [];
    public IReadOnlyList<UserSummary> Members { get; private set; } = [];

    /// <summary>Rounds oldest first with each department's mean (null when withheld or without responses).</summary>
    public IReadOnlyList<TrendRound> Trend { get; private set; } = [];

    /// <summary>The trend chart model; null with fewer than two rounds (a single point is no trend).</summary>
    public TrendChart? TrendChart { get; private set; }

    /// <summary>The chart as inline SVG markup (encoded by <see cref="TrendChartSvg"/>).</summary>
    public string? TrendChartSvgMarkup { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        CanChange = HttpContext.OrganizationScope().CanChange;
        Name = await db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken);
        Assessments = await db.Assessments
            .Where(a => a.OrganizationId == id)
            .OrderByDescending(a => a.CreatedOn).ThenByDescending(a => a.Id)
            .Select(a => new AssessmentRow(a.Id, a.Title, a.Status, a.CreatedOn,
                db.ResponseTallies.Where(t => t.AssessmentId == a.Id && t.Item == ResponseTally.TotalItem).Sum(t => t.Count)))
            .ToListAsync(cancellationToken);
        Trend = await db.LoadTrendAsync(id, CanChange, cancellationToken);
        if (Trend.Count >= MinimumRoundsForTrend)
        {
            var culture = CultureInfo.CurrentUICulture;
            TrendChart = SalesMarketingAlignment.Reports.Charts.TrendChart.Create(
                Trend.Select(r => new TrendPoint(r.Title, r.ClosedOn ?? r.CreatedOn, r.SalesMean, r.MarketingMean)).ToArray(),
                culture);
            TrendChartSvgMarkup = TrendChartSvg.Render(TrendChart);
        }

        Members = await db.Users
            .Where(u => db.OrganizationMembers.Any(m => m.OrganizationId == id && m.UserId == u.Id))
            .OrderBy(u => u.DisplayName)
            .WithRoles(db)
            .ToListAsync(cancellationToken);
        return Page();
    }

    public const int MinimumRoundsForTrend = 2;

    public TrendRound? RoundOf(int assessmentId) => Trend.FirstOrDefault(r => r.AssessmentId == assessmentId);

    public static string MeanText(decimal mean) => ChartFormat.Mean(mean, CultureInfo.CurrentCulture);

    public static string LevelText(decimal mean) => AlignmentWording.LevelName(ScoringKey.LevelOfMean(mean), CultureInfo.CurrentUICulture);

    public sealed record AssessmentRow(int Id, string Title, AssessmentStatus Status, DateOnly CreatedOn, long Responses);
}
