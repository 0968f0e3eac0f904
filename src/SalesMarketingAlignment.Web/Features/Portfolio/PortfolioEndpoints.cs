using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Web.Api;

namespace SalesMarketingAlignment.Web.Features.Portfolio;

/// <summary>GET /api/v1/portfolio (consultants): an adapter over <see cref="GetPortfolio"/> (docs/api.md).</summary>
public static class PortfolioEndpoints
{
    public static RouteGroupBuilder MapPortfolioEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/portfolio", GetPortfolioAsync)
            .WithTags("Organizations")
            .Produces<PortfolioDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The consultant's client organizations with the latest round's levels, gap, participation, status and decision, and percentiles among them from five clients (consultants only); ?sort= and ?descending=true");
        return api;
    }

    internal static async Task<Results<Ok<PortfolioDto>, ProblemHttpResult>> GetPortfolioAsync(
        string? sort, bool? descending, HttpContext context, GetPortfolio getPortfolio, UserManager<ApplicationUser> users, CancellationToken cancellationToken)
    {
        // Executives and administrators have no portfolio: it compares clients, and an executive belongs to one.
        if (!context.User.IsInRole(Roles.Consultant) || users.GetUserId(context.User) is not { } userId)
        {
            return ApiProblems.Forbidden("Only consultants have a portfolio.");
        }

        var rows = await getPortfolio.HandleAsync(
            new GetPortfolio.Request(userId, GetPortfolio.ParseSort(sort), descending ?? false), CultureInfo.CurrentUICulture, cancellationToken);
        return TypedResults.Ok(new PortfolioDto(rows.Select(PortfolioClientDto.From).ToArray()));
    }
}

public sealed record PortfolioRoundDto(int Id, string Title, string Status);

/// <param name="Gap">Sales minus Marketing mean total of the latest round, one decimal.</param>
/// <param name="Decision">"MoveUp", "Stay", "Undecided", "Maintain" or "InsufficientData"; null without a round.</param>
public sealed record PortfolioClientDto(
    int OrganizationId, string Name, PortfolioRoundDto? LatestRound, decimal? SalesMean, string? SalesLevel, decimal? MarketingMean,
    string? MarketingLevel, decimal? OverallMean, decimal? Gap, long Answered, string? Decision, string? DecisionLine,
    decimal? OverallPercentile, decimal? GapPercentile, int OverduePlanItems)
{
    public static PortfolioClientDto From(PortfolioRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        static decimal? Shown(decimal? value) => value is { } v ? ScoringKey.Round(v) : null;
        return new(
            row.OrganizationId, row.OrganizationName,
            row.RoundId is { } id ? new PortfolioRoundDto(id, row.RoundTitle ?? "", row.Status.ToString()) : null,
            Shown(row.SalesMean), row.SalesLevel?.ToString(), Shown(row.MarketingMean), row.MarketingLevel?.ToString(),
            Shown(row.OverallMean), Shown(row.Gap), row.Answered, row.Decision?.ToString(), row.DecisionLine,
            row.OverallPercentile, row.GapPercentile, row.OverduePlanItems);
    }
}

public sealed record PortfolioDto(IReadOnlyList<PortfolioClientDto> Clients);
