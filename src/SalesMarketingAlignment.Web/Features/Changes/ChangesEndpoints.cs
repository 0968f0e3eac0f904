using Microsoft.AspNetCore.Http.HttpResults;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Changes;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Changes;

/// <summary>GET /api/v1/assessments/{id}/changes?since={earlierId}: an adapter over <see cref="GetRoundChanges"/> (docs/api.md).</summary>
public static class ChangesEndpoints
{
    public static RouteGroupBuilder MapChangesEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/assessments/{id:int}/changes", GetChangesAsync)
            .RequireOrganization(OrganizationSource.Assessment("id"))
            .WithTags("Results")
            .Produces<RoundChangesDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("What moved since an earlier round of the same organization (the round before unless ?since= names one): per department and statement the change in mean with its 95% Welch interval and verdict, levels and perception gap then and now");
        return api;
    }

    internal static async Task<Results<Ok<RoundChangesDto>, ProblemHttpResult>> GetChangesAsync(
        int id, int? since, HttpContext context, GetRoundChanges getRoundChanges, CancellationToken cancellationToken)
    {
        var request = new GetRoundChanges.Request(id, since, context.OrganizationScope().CanChange);
        return await getRoundChanges.HandleAsync(request, cancellationToken) switch
        {
            GetRoundChanges.Found found => TypedResults.Ok(RoundChangesDto.From(found)),
            GetRoundChanges.NotAnEarlierRound => TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest, title: "Not an earlier round",
                detail: $"'since' must name an earlier round of the same organization as assessment {id}."),
            GetRoundChanges.NoEarlierRound => ApiProblems.NotFound("The organization has no earlier round whose figures you may see."),
            GetRoundChanges.NotReleased => ApiProblems.FiguresNotReleased(),
            _ => ApiProblems.NotFound($"No assessment {id}."),
        };
    }
}

public sealed record RoundDto(int Id, string Title, DateOnly Date);

/// <param name="Lower">Lower end of the 95% interval of the change, two decimals; null when a round has a single response.</param>
/// <param name="Verdict">"MovedUp", "MovedDown", "WithinNoise" or "TooFewToTell".</param>
public sealed record MeanChangeDto(decimal Then, decimal Now, decimal Change, decimal? Lower, decimal? Upper, string Verdict)
{
    public static MeanChangeDto From(MeanChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(
            ScoringKey.Round(change.Earlier), ScoringKey.Round(change.Later), change.ChangeShown,
            Bound(change.Interval?.Lower), Bound(change.Interval?.Upper), change.Verdict.ToString());
    }

    private static decimal? Bound(double? value) => value is { } v ? ScoringKey.Round((decimal)v, 2) : null;
}

public sealed record StatementChangeDto(int Number, MeanChangeDto Mean);

/// <param name="Absence">Null when the change is shown; "withheld" (the anonymity rule, in either round) or "noResponses".</param>
public sealed record DepartmentChangeDto(
    string Department, string? Absence, string? LevelThen, string? LevelNow, int? LevelSteps, MeanChangeDto? Total, IReadOnlyList<StatementChangeDto> Statements)
{
    public static DepartmentChangeDto From(DepartmentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(
            change.Department.ToString(),
            change.Absence switch
            {
                ChangeAbsence.Withheld => "withheld",
                ChangeAbsence.NoResponses => "noResponses",
                _ => null,
            },
            change.EarlierLevel?.ToString(),
            change.LaterLevel?.ToString(),
            change.LevelSteps,
            change.Total is { } total ? MeanChangeDto.From(total) : null,
            change.Statements.Select(s => new StatementChangeDto(s.Number, MeanChangeDto.From(s.Mean))).ToArray());
    }
}

/// <param name="Then">Sales minus Marketing mean total in the earlier round; null when that round shows no comparison.</param>
public sealed record GapChangeDto(decimal? Then, decimal? Now);

public sealed record RoundChangesDto(
    RoundDto Earlier, RoundDto Later, double Confidence, DepartmentChangeDto Sales, DepartmentChangeDto Marketing, GapChangeDto Gap)
{
    public static RoundChangesDto From(GetRoundChanges.Found found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var changes = found.Changes;
        return new(
            Round(found.Earlier), Round(found.Later), RoundChanges.Confidence,
            DepartmentChangeDto.From(changes.For(Department.Sales)),
            DepartmentChangeDto.From(changes.For(Department.Marketing)),
            new GapChangeDto(changes.GapThenShown, changes.GapNowShown));
    }

    private static RoundDto Round(RoundInfo round) => new(round.Id, round.Title, round.Date);
}
