using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Dashboard;

/// <summary>
/// Results, recommendation and conditions of an assessment as JSON (docs/api.md). Figures come from the aggregate
/// loader; means are rounded as the page shows them (one decimal, half away from zero).
/// </summary>
public static class ResultsEndpoints
{
    public static RouteGroupBuilder MapResultsEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var assessment = group.MapGroup("/assessments/{id:int}")
            .RequireOrganization(OrganizationSource.Assessment("id"))
            .WithTags("Results");
        assessment.MapGet("/results", GetResultsAsync)
            .WithSummary("The assessment's figures per department, the comparison, and what was withheld under the anonymity rule");
        assessment.MapGet("/recommendation", GetRecommendationAsync)
            .WithSummary("The recommendation: the current level, the decision, its reasons, the Moving Up actions and weak spots");
        assessment.MapPut("/conditions", PutConditionsAsync)
            .AcceptsJson<SaveConditionsRequest>()
            .WithSummary("Replace the \"Do We Need to Be More Aligned?\" conditions that hold (consultants); answers the new recommendation");
        return group;
    }

    /// <summary>Executives of an unreleased assessment get the counts with the figures absent and <c>figuresReleased: false</c>.</summary>
    internal static async Task<Results<Ok<ResultsDto>, ProblemHttpResult>> GetResultsAsync(
        int id, HttpContext context, AlignmentDbContext db, CancellationToken cancellationToken)
    {
        var forReader = await db.LoadResultsForAsync(id, context.OrganizationScope().CanChange, cancellationToken);
        var funnel = forReader is ResultsForReader.Released { Assessment: var assessment }
            ? FunnelDto.From(await db.LoadFunnelMapAsync(assessment, cancellationToken), assessment.BuyingFunnel)
            : null;
        return forReader switch
        {
            ResultsForReader.Released released => TypedResults.Ok(ResultsDto.From(released.Snapshot.Results, released.Assessment) with { Funnel = funnel }),
            ResultsForReader.NotReleased notReleased => TypedResults.Ok(ResultsDto.WithoutFigures(notReleased)),
            _ => NotFound(id),
        };
    }

    internal static async Task<Results<Ok<RecommendationDto>, ProblemHttpResult>> GetRecommendationAsync(
        int id, HttpContext context, AlignmentDbContext db, CancellationToken cancellationToken)
    {
        return await db.LoadResultsForAsync(id, context.OrganizationScope().CanChange, cancellationToken) switch
        {
            ResultsForReader.Released released => TypedResults.Ok(RecommendationDto.From(released.Snapshot.Recommendation, CultureInfo.CurrentUICulture)),
            ResultsForReader.NotReleased => ApiProblems.FiguresNotReleased(),
            _ => NotFound(id),
        };
    }

    /// <summary>Replaces the set of conditions that hold; closed assessments may still change them.</summary>
    internal static async Task<IResult> PutConditionsAsync(
        int id, HttpContext context, SaveConditions saveConditions, AlignmentDbContext db, UserManager<ApplicationUser> users, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<SaveConditionsRequest>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        switch (await saveConditions.HandleAsync(id, body.Value!, users.GetUserId(context.User)!, cancellationToken))
        {
            case SaveConditions.Missing:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid conditions",
                    detail: "Send {\"conditions\": [ids]}; an empty list clears them.");
            case SaveConditions.Unknown { Ids: var unknown }:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest, title: "Unknown condition",
                    detail: "Unknown condition id(s): " + string.Join(", ", unknown.Select(u => u is null ? "null" : $"'{u}'")) + ". Nothing was saved.",
                    extensions: new Dictionary<string, object?> { ["unknown"] = unknown });
            case SaveConditions.NotFound:
                return NotFound(id);
        }

        return (await GetRecommendationAsync(id, context, db, cancellationToken)).Result;
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No assessment {id}.");
}

public sealed record DepartmentDto(long Responses, decimal MeanTotal, decimal MedianTotal, string Level, IReadOnlyList<decimal> StatementMeans)
{
    public static DepartmentDto? From(GroupFigures? figures) => figures is null
        ? null
        : new(figures.Count, figures.MeanTotalShown, figures.MedianTotal, figures.Level.ToString(), figures.Statements.Select(s => s.MeanShown).ToArray());
}

public sealed record OverallDto(decimal MeanTotal, string Level, bool Incomplete);

public sealed record StatementGapDto(int Number, decimal Sales, decimal Marketing, decimal Gap, bool Divergent);

public sealed record WelchDto(double T, double Df, double PValue, bool Significant);

public sealed record ComparisonDto(decimal Gap, IReadOnlyList<StatementGapDto> Statements, bool LevelsDiffer, WelchDto? Welch, double? HedgesG);

public sealed record WithheldDto(string Item, string Reason);

/// <summary>Response counts are never withheld; only figures are (and all of them until the figures are released).</summary>
public sealed record ResponseCountsDto(long Sales, long Marketing);

/// <param name="FiguresReleased">False while an executive may not see figures yet: then every figure is absent (null).</param>
/// <param name="FiguresReleasedAt">When a consultant published an interim release; null without one.</param>
/// <param name="Funnel">The Buying Funnel map; null when the assessment does not ask the part (or the figures are not released).</param>
public sealed record ResultsDto(
    DepartmentDto? Sales, DepartmentDto? Marketing, OverallDto? Overall, ComparisonDto? Comparison,
    IReadOnlyList<WithheldDto> Withheld, ResponseCountsDto Responses, int MinimumGroupSize, bool FiguresReleased, DateTimeOffset? FiguresReleasedAt,
    FunnelDto? Funnel = null)
{
    public static ResultsDto WithoutFigures(ResultsForReader.NotReleased notReleased)
    {
        ArgumentNullException.ThrowIfNull(notReleased);
        return new ResultsDto(
            null, null, null, null, [], new ResponseCountsDto(notReleased.SalesResponses, notReleased.MarketingResponses),
            notReleased.Assessment.MinimumGroupSize, FiguresReleased: false, FiguresReleasedAt: null);
    }

    /// <param name="assessment">Says whether the figures are released to everyone (a consultant reads them either way).</param>
    public static ResultsDto From(AssessmentResults results, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(assessment);
        var comparison = results.Comparison is { } c
            ? new ComparisonDto(
                c.GapShown,
                c.Statements.OrderBy(s => s.Number)
                    .Select(s => new StatementGapDto(s.Number, s.SalesMeanShown, s.MarketingMeanShown, s.GapShown, s.Divergent))
                    .ToArray(),
                c.LevelsDiffer,
                c.Welch is { } w ? new WelchDto(w.T, w.DegreesOfFreedom, w.PValue, w.Significant) : null,
                c.HedgesG)
            : null;
        return new ResultsDto(
            DepartmentDto.From(results.Sales),
            DepartmentDto.From(results.Marketing),
            results.Overall is { } o ? new OverallDto(o.MeanShown, o.Level.ToString(), o.Incomplete) : null,
            comparison,
            results.Withheld.Select(w => new WithheldDto(JsonNamingPolicyCamel(w.Item.ToString()), AlignmentWording.WithheldReason(w))).ToArray(),
            new ResponseCountsDto(results.SalesResponses, results.MarketingResponses),
            results.Rule.MinimumGroupSize,
            assessment.FiguresReleased,
            assessment.FiguresReleasedAt);
    }

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}

public sealed record ConditionDto(string Id, string Level, string Kind, string Text);

public sealed record ActionDto(string Id, string Title, string Description, string ArticleSection);

public sealed record WeakSpotDto(int Statement, string StatementText, decimal Mean, ActionDto Action);

public sealed record PerceptionGapAdviceDto(IReadOnlyList<int> DivergentStatements, bool LevelsDiffer, bool Significant, string Text);

public sealed record RecommendationDto(
    string? CurrentLevel, string Decision, string? TargetLevel,
    IReadOnlyList<ConditionDto> Reasons, IReadOnlyList<ConditionDto> Caveats, IReadOnlyList<ConditionDto> ConditionsToAssess,
    IReadOnlyList<ActionDto> Actions, IReadOnlyList<WeakSpotDto> WeakSpots, PerceptionGapAdviceDto? PerceptionGapAdvice,
    bool IncludesChecklist, string DecisionLine)
{
    public static RecommendationDto From(Recommendation r, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(r);
        ConditionDto Condition(AlignmentCondition c) => new(c.Id, c.Level.ToString(), c.Kind.ToString(), c.Text(culture));
        ActionDto Action(TransitionAction a) => new(a.Id, a.Title(culture), a.Description(culture), a.ArticleSection);
        return new RecommendationDto(
            r.CurrentLevel?.ToString(),
            r.Decision.ToString(),
            r.TargetLevel?.ToString(),
            r.Reasons.Select(Condition).ToArray(),
            r.Caveats.Select(Condition).ToArray(),
            r.ConditionsToAssess.Select(Condition).ToArray(),
            r.Actions.Select(Action).ToArray(),
            r.WeakSpots.Select(w => new WeakSpotDto(
                w.StatementNumber, Domain.Instrument.Questionnaire.Get(w.StatementNumber).Text(culture), w.MeanShown, Action(w.Action))).ToArray(),
            r.PerceptionGapAdvice is { } a ? new PerceptionGapAdviceDto(a.DivergentStatements, a.LevelsDiffer, a.Significant, AlignmentWording.PerceptionGapAdvice(a, culture)) : null,
            r.IncludesChecklist,
            AlignmentWording.DecisionLine(r, culture));
    }
}
