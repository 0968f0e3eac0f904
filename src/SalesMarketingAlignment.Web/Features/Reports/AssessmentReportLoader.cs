using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Web.Features.Changes;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Reports;

/// <summary>
/// Gathers what the report is built from: the results snapshot (anonymity applied), the organization's checklist
/// ticks with who ticked them, the trend, and who prepared the report. The organization filter has checked the tenant.
/// </summary>
public sealed class AssessmentReportLoader(AlignmentDbContext db, UserManager<ApplicationUser> users)
{
    public abstract record Outcome
    {
        private Outcome()
        {
        }

        public sealed record Loaded(ReportInput Input) : Outcome;

        /// <summary>The reader is an executive and the figures are not released yet (<see cref="Assessment.FiguresVisibleTo"/>).</summary>
        public sealed record NotReleased : Outcome;

        /// <summary>No such assessment (or not in the scope's organization).</summary>
        public sealed record NotFound : Outcome;
    }

    /// <summary>The report's input when the reader may see the figures.</summary>
    /// <param name="scope">What the organization filter authorized: the organization, and whether <paramref name="user"/> may change it.</param>
    public async Task<Outcome> LoadAsync(
        ClaimsPrincipal user, OrganizationScope scope, int assessmentId, PaperSize paperSize, CultureInfo culture, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(culture);
        var results = await db.LoadResultsForAsync(assessmentId, scope.CanChange, cancellationToken);
        if (results is null || results.Assessment.OrganizationId != scope.OrganizationId)
        {
            return new Outcome.NotFound();
        }

        if (results is not ResultsForReader.Released { Snapshot: var snapshot })
        {
            return new Outcome.NotReleased();
        }

        var organizationId = scope.OrganizationId;

        var trend = await db.LoadTrendAsync(organizationId, scope.CanChange, cancellationToken);
        var changes = await new GetRoundChanges(db).HandleAsync(new GetRoundChanges.Request(assessmentId, null, scope.CanChange), cancellationToken);
        return new Outcome.Loaded(new ReportInput
        {
            Results = snapshot.Results,
            Recommendation = snapshot.Recommendation,
            ConditionIdsThatHold = snapshot.ConditionIds,
            ConditionsAssessed = snapshot.Assessment.ConditionsAssessed,
            ConditionsAssessedBy = await AssessorAsync(snapshot.Assessment.ConditionsAssessedBy),
            ConditionsAssessedOn = snapshot.Assessment.ConditionsAssessedOn,
            Ticks = await TicksAsync(organizationId, cancellationToken),
            Trend = trend
                .Select(r => new TrendPoint(r.Title, r.ClosedOn ?? r.CreatedOn, r.SalesMean, r.MarketingMean))
                .ToArray(),
            Perceptions = Perceptions.Compute(snapshot.Counts.For, snapshot.Rule, snapshot.Assessment.HeadsToldOfHeadsView),
            HeadsToldOfHeadsView = snapshot.Assessment.HeadsToldOfHeadsView,
            BuyingFunnel = await db.LoadFunnelMapAsync(snapshot.Assessment, cancellationToken),
            OrganizationName = snapshot.OrganizationName,
            AssessmentTitle = snapshot.Assessment.Title,
            OpenedOn = snapshot.Assessment.CreatedOn,
            ClosedOn = snapshot.Assessment.ClosedOn,
            PreparedBy = await PreparedByAsync(user, scope.CanChange, snapshot.Assessment.CreatedBy),
            PreparedOn = today,
            Culture = culture,
            PaperSize = paperSize,
            Changes = changes is GetRoundChanges.Found found ? new ChangesInput(found.Earlier.Title, found.Changes) : null,
        });
    }

    private async Task<IReadOnlyDictionary<string, TaskTick>> TicksAsync(int organizationId, CancellationToken cancellationToken)
    {
        var ticks = await db.ChecklistTicks.AsNoTracking()
            .Where(t => t.OrganizationId == organizationId)
            .GroupJoin(db.Users, t => t.TickedBy, u => u.Id, (t, u) => new { t, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new
            {
                x.t.TaskId,
                x.t.TickedOn,
                Name = u == null ? null : u.DisplayName,
                Email = u == null ? null : u.Email,
            })
            .ToListAsync(cancellationToken);
        return ticks
            .GroupBy(t => t.TaskId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var first = g.OrderBy(t => t.TickedOn).First();
                    return new TaskTick(NameOf(first.Name, first.Email), first.TickedOn);
                },
                StringComparer.Ordinal);
    }

    /// <summary>A consultant or administrator downloading the report prepares it; for an executive, the assessment's creator did.</summary>
    private async Task<string> PreparedByAsync(ClaimsPrincipal user, bool canChange, string createdBy)
    {
        var preparer = canChange ? await users.GetUserAsync(user) : await users.FindByIdAsync(createdBy);
        preparer ??= await users.GetUserAsync(user);
        return NameOf(preparer?.DisplayName, preparer?.Email ?? user.Identity?.Name);
    }

    /// <summary>The name of who assessed the conditions; null when nobody is recorded (or the user was deleted).</summary>
    private async Task<string?> AssessorAsync(string? userId)
    {
        var assessor = userId is null ? null : await users.FindByIdAsync(userId);
        return assessor is null ? null : NameOf(assessor.DisplayName, assessor.Email);
    }

    private static string NameOf(string? displayName, string? email) =>
        !string.IsNullOrWhiteSpace(displayName) ? displayName
        : !string.IsNullOrWhiteSpace(email) ? email
        : "—";
}
