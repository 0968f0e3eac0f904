using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Portfolio;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Portfolio;

/// <summary>Where the latest round stands: no round yet, open (figures not released), released while open, or closed.</summary>
public enum RoundStatus
{
    NoRound = 0,
    Open = 1,
    Released = 2,
    Closed = 3,
}

/// <summary>What the portfolio can be sorted by (the page's and the API's <c>sort</c> values, case-insensitive).</summary>
public enum PortfolioSort
{
    Name = 0,
    Sales = 1,
    Marketing = 2,
    Overall = 3,
    Gap = 4,
    Answered = 5,
    Status = 6,
    Decision = 7,
    OverallPercentile = 8,
    GapPercentile = 9,
    OverduePlanItems = 10,
}

/// <summary>One client in the portfolio: its latest round's figures (null where the round has none to show).</summary>
/// <param name="Gap">Sales minus Marketing mean total, exact.</param>
/// <param name="OverallPercentile">Among the consultant's clients with an overall score (at least five), 0-100; null otherwise.</param>
/// <param name="GapPercentile">Of the absolute gap among the clients with a gap (at least five): a high percentile is a wide gap.</param>
public sealed record PortfolioRow(
    int OrganizationId,
    string OrganizationName,
    int? RoundId,
    string? RoundTitle,
    RoundStatus Status,
    decimal? SalesMean,
    AlignmentLevel? SalesLevel,
    decimal? MarketingMean,
    AlignmentLevel? MarketingLevel,
    decimal? OverallMean,
    decimal? Gap,
    long Answered,
    Decision? Decision,
    string? DecisionLine,
    decimal? OverallPercentile,
    decimal? GapPercentile)
{
    /// <summary>Items of the latest round's action plan past their due date and neither done nor dropped (decision 0016).</summary>
    public int OverduePlanItems { get; init; }
}

/// <summary>
/// The consultant's portfolio: every client organization they are a member of, with the latest round's levels, gap,
/// participation, status and decision, and (with at least five clients) each one's percentile among them. Only
/// consultants have one; the caller checks the role. Only organizations the consultant belongs to are read, so no
/// figure or name of another consultant's client enters the percentiles.
/// </summary>
public sealed class GetPortfolio(AlignmentDbContext db, TimeProvider clock)
{
    public sealed record Request(string UserId, PortfolioSort Sort, bool Descending);

    public async Task<IReadOnlyList<PortfolioRow>> HandleAsync(Request request, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(culture);
        var clients = await db.Organizations.AsNoTracking()
            .Where(o => o.Members.Any(m => m.UserId == request.UserId))
            .Select(o => new
            {
                o.Id,
                o.Name,
                LatestRoundId = o.Assessments
                    .OrderByDescending(a => a.CreatedOn).ThenByDescending(a => a.Id)
                    .Select(a => (int?)a.Id)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var today = clock.Today();
        var roundIds = clients.Where(c => c.LatestRoundId is not null).Select(c => c.LatestRoundId!.Value).ToList();
        var openPlanItems = await db.PlanItems.AsNoTracking()
            .Where(p => roundIds.Contains(p.AssessmentId) && p.DueDate != null && p.DueDate < today)
            .Select(p => new { p.AssessmentId, p.DueDate, p.Status })
            .ToListAsync(cancellationToken);
        var overdue = openPlanItems.Where(p => PlanItem.IsOverdue(p.DueDate, p.Status, today)).CountBy(p => p.AssessmentId).ToDictionary();

        var rows = new List<PortfolioRow>(clients.Count);
        foreach (var client in clients)
        {
            // A consultant runs every round of their clients, so the snapshot's figures are theirs to see.
            var snapshot = client.LatestRoundId is { } roundId ? await db.LoadSnapshotAsync(roundId, cancellationToken) : null;
            rows.Add(snapshot is null
                ? Empty(client.Id, client.Name)
                : Row(client.Id, client.Name, snapshot, culture) with { OverduePlanItems = overdue.GetValueOrDefault(snapshot.Assessment.Id) });
        }

        var overallPercentiles = PercentileRank.Among(rows.Select(r => r.OverallMean).ToArray());
        var gapPercentiles = PercentileRank.Among(rows.Select(r => r.Gap is { } g ? Math.Abs(g) : (decimal?)null).ToArray());
        var ranked = rows.Select((r, i) => r with { OverallPercentile = overallPercentiles[i], GapPercentile = gapPercentiles[i] });
        return Sorted(ranked, request.Sort, request.Descending, culture);
    }

    private static PortfolioRow Empty(int id, string name) =>
        new(id, name, null, null, RoundStatus.NoRound, null, null, null, null, null, null, 0, null, null, null, null);

    private static PortfolioRow Row(int id, string name, AssessmentSnapshot snapshot, CultureInfo culture)
    {
        var results = snapshot.Results;
        var assessment = snapshot.Assessment;
        var status = !assessment.IsOpen ? RoundStatus.Closed
            : assessment.FiguresReleased ? RoundStatus.Released
            : RoundStatus.Open;
        return new PortfolioRow(
            id, name, assessment.Id, assessment.Title, status,
            results.Sales?.MeanTotal, results.Sales?.Level,
            results.Marketing?.MeanTotal, results.Marketing?.Level,
            results.Overall?.Mean,
            results.Comparison?.Gap,
            results.SalesResponses + results.MarketingResponses,
            snapshot.Recommendation.Decision,
            AlignmentWording.DecisionLine(snapshot.Recommendation, culture),
            null, null);
    }

    /// <summary>Rows without a value sort last either way; ties by name.</summary>
    private static PortfolioRow[] Sorted(IEnumerable<PortfolioRow> rows, PortfolioSort sort, bool descending, CultureInfo culture)
    {
        var byName = StringComparer.Create(culture, CompareOptions.IgnoreCase);
        if (sort == PortfolioSort.Name)
        {
            var names = descending ? rows.OrderByDescending(r => r.OrganizationName, byName) : rows.OrderBy(r => r.OrganizationName, byName);
            return names.ThenBy(r => r.OrganizationId).ToArray();
        }

        if (sort == PortfolioSort.Decision)
        {
            var lines = rows.OrderBy(r => r.DecisionLine is null);
            lines = descending ? lines.ThenByDescending(r => r.DecisionLine, byName) : lines.ThenBy(r => r.DecisionLine, byName);
            return lines.ThenBy(r => r.OrganizationName, byName).ThenBy(r => r.OrganizationId).ToArray();
        }

        Func<PortfolioRow, decimal?> key = sort switch
        {
            PortfolioSort.Sales => r => r.SalesMean,
            PortfolioSort.Marketing => r => r.MarketingMean,
            PortfolioSort.Overall => r => r.OverallMean,
            PortfolioSort.Gap => r => r.Gap is { } g ? Math.Abs(g) : null,
            PortfolioSort.Answered => r => r.RoundId is null ? null : r.Answered,
            PortfolioSort.Status => r => r.Status == RoundStatus.NoRound ? null : (int)r.Status,
            PortfolioSort.OverallPercentile => r => r.OverallPercentile,
            PortfolioSort.GapPercentile => r => r.GapPercentile,
            PortfolioSort.OverduePlanItems => r => r.RoundId is null ? null : r.OverduePlanItems,
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
        };
        var ordered = rows.OrderBy(r => key(r) is null);
        ordered = descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        return ordered.ThenBy(r => r.OrganizationName, byName).ThenBy(r => r.OrganizationId).ToArray();
    }

    /// <summary>Reads a <c>sort</c> value from a query string; unknown or missing means by name.</summary>
    public static PortfolioSort ParseSort(string? value) =>
        Enum.TryParse<PortfolioSort>(value, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(value, out _)
            ? sort
            : PortfolioSort.Name;
}
