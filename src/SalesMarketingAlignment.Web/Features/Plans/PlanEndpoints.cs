using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Plans;

/// <summary>The action plan as JSON (docs/api.md); the assessment page and the plan item page use the same handlers.</summary>
public static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlanEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var plan = api.MapGroup("/assessments/{id:int}/plan")
            .RequireOrganization(OrganizationSource.Assessment("id"))
            .WithTags("Action plan");
        plan.MapGet("", GetAsync)
            .Produces<PlanDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The action plan: every recommended action and checklist task with its owner, due date, status and note (members)");
        plan.MapPut("", PutAsync)
            .AcceptsJson<SavePlanRequest>()
            .Produces<PlanDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Update the plan items named in \"items\" (consultants); the others keep their entry. Answers the whole plan");
        return api;
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, GetPlan getPlan, CancellationToken cancellationToken) =>
        await getPlan.HandleAsync(id, context.OrganizationScope().CanChange, cancellationToken) switch
        {
            GetPlan.Loaded { Plan: var plan } => TypedResults.Ok(PlanDto.From(plan)),
            GetPlan.NotReleased => ApiProblems.FiguresNotReleased(),
            _ => ApiProblems.NotFound(),
        };

    private static async Task<IResult> PutAsync(
        int id, HttpContext context, SavePlan savePlan, GetPlan getPlan, UserManager<ApplicationUser> users,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<SavePlanRequest>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        switch (await savePlan.HandleAsync(id, body.Value!, users.GetUserId(context.User)!, cancellationToken))
        {
            case SavePlan.Invalid { Errors: var errors }:
                return ApiProblems.Invalid(errors
                    .GroupBy(e => e.Field, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => localizer[e.Message, e.Arguments].Value).ToArray()));
            case SavePlan.NotFound:
                return ApiProblems.NotFound();
        }

        return await GetAsync(id, context, getPlan, cancellationToken);
    }
}

/// <summary>An owner as the API shows it: the member's user id (null for a free-text owner) and the name.</summary>
public sealed record PlanOwnerDto(string? MemberId, string? Name);

/// <param name="Kind">"Action" or "ChecklistItem".</param>
/// <param name="DueDate">YYYY-MM-DD, or null.</param>
/// <param name="Status">"Planned", "InProgress", "Done" or "Dropped".</param>
/// <param name="Overdue">Due before today (the server's date) and neither done nor dropped.</param>
public sealed record PlanItemDto(string Id, string Kind, string Text, PlanOwnerDto? Owner, string? DueDate, string Status, string? Note, bool Overdue);

public sealed record PlanDto(IReadOnlyList<PlanItemDto> Items)
{
    public static PlanDto From(ActionPlanView plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanDto(plan.Items
            .Select(i => new PlanItemDto(
                i.Id,
                i.Kind.ToString(),
                i.Text,
                i.OwnerName is null && i.OwnerMemberId is null ? null : new PlanOwnerDto(i.OwnerMemberId, i.OwnerName),
                i.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                i.Status.ToString(),
                i.Note,
                i.Overdue))
            .ToArray());
    }
}
