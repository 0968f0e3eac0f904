using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>The API over the assessment use cases (docs/api.md); the Create and Details pages use the same handlers.</summary>
public static class AssessmentEndpoints
{
    public static RouteGroupBuilder MapAssessmentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);

        api.MapPost("/organizations/{organizationId:int}/assessments", StartAsync)
            .RequireOrganization(OrganizationSource.Organization("organizationId"))
            .WithTags("Assessments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AcceptsJson<StartAssessmentRequest>()
            .Produces<AssessmentSummary>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Start an assessment with one survey link per department");

        var assessment = api.MapGroup("/assessments/{id:int}").RequireOrganization(OrganizationSource.Assessment("id"));
        assessment.MapGet("", GetAsync)
            .WithTags("Assessments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<AssessmentSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An assessment with its survey links");
        assessment.MapPut("", UpdateAsync)
            .WithTags("Assessments")
            .AcceptsJson<UpdateAssessmentRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<AssessmentSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Switch each department's open link on or off (\"openLinks\"; personal invitations are not affected) and the Buying Funnel part (\"buyingFunnel\")");
        assessment.MapPut("/closing-date", SetClosingDateAsync)
            .RequireOrganization(OrganizationSource.Assessment("id"), changeOnly: true)
            .WithTags("Assessments")
            .AcceptsJson<SetClosingDateRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<AssessmentSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Set (\"closesOn\": \"YYYY-MM-DD\", today or later) or remove (null) the last day for answers of an open assessment (consultants)");
        assessment.MapPost("/close", CloseAsync)
            .WithTags("Assessments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<AssessmentSummary>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Close the assessment: its links accept no more responses (idempotent)");
        assessment.MapPost("/release", ReleaseAsync)
            .RequireOrganization(OrganizationSource.Assessment("id"), changeOnly: true)
            .WithTags("Assessments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<ReleaseDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Publish an interim release: executives see the figures while the assessment is open (consultants; idempotent)");
        assessment.MapPost("/responses/{responseId:long}/exclude", ExcludeAsync)
            .RequireOrganization(OrganizationSource.Assessment("id"), changeOnly: true)
            .WithTags("Assessments")
            .AcceptsJson<ExcludeResponseRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<ExclusionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Void a response with a reason (consultants): it stops counting everywhere; the exclusion is recorded");
        return api;
    }

    private static async Task<IResult> StartAsync(
        int organizationId, HttpContext context, StartAssessment startAssessment, UserManager<ApplicationUser> users,
        CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<StartAssessmentRequest>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        return await startAssessment.HandleAsync(organizationId, body.Value!, users.GetUserId(context.User)!, cancellationToken) switch
        {
            StartAssessment.Started started => TypedResults.Created(
                $"/api/v1/assessments/{started.Assessment.Id}", AssessmentSummary.From(started.Assessment, context.Request)),
            StartAssessment.Invalid invalid => ApiProblems.Invalid(invalid.Errors.ToDictionary(
                e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value)),
            var other => throw new InvalidOperationException($"Unexpected result {other}."),
        };
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, GetAssessment getAssessment, CancellationToken cancellationToken) =>
        await getAssessment.HandleAsync(id, cancellationToken) is { } assessment
            ? TypedResults.Ok(AssessmentSummary.From(assessment, context.Request, context.OrganizationScope().CanChange))
            : ApiProblems.NotFound();

    private static async Task<IResult> UpdateAsync(
        int id, HttpContext context, SetOpenLinks setOpenLinks, SetBuyingFunnel setBuyingFunnel, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<UpdateAssessmentRequest>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        if (body.Value!.OpenLinks is null && body.Value.BuyingFunnel is null)
        {
            return ApiProblems.Invalid("openLinks", "Send \"openLinks\": {\"sales\": true|false, \"marketing\": true|false} and/or \"buyingFunnel\": true|false; they are the fields that can be changed.");
        }

        Assessment? assessment = null;
        if (body.Value.OpenLinks is { } openLinks)
        {
            assessment = await setOpenLinks.HandleAsync(id, openLinks, cancellationToken);
        }

        if (body.Value.BuyingFunnel is { } buyingFunnel)
        {
            assessment = await setBuyingFunnel.HandleAsync(id, buyingFunnel, cancellationToken);
        }

        return assessment is not null
            ? TypedResults.Ok(AssessmentSummary.From(assessment, context.Request))
            : ApiProblems.NotFound();
    }

    private static async Task<IResult> SetClosingDateAsync(int id, HttpContext context, SetClosingDate setClosingDate, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<SetClosingDateRequest>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        return await setClosingDate.HandleAsync(id, body.Value!.ClosesOn, cancellationToken) switch
        {
            SetClosingDate.Saved saved => TypedResults.Ok(AssessmentSummary.From(saved.Assessment, context.Request)),
            SetClosingDate.Invalid invalid => ApiProblems.Invalid("closesOn", invalid.Message),
            SetClosingDate.AlreadyClosed => ApiProblems.Conflict("The assessment is closed: it accepts no answers, so it has no closing date to change."),
            _ => ApiProblems.NotFound(),
        };
    }

    private static async Task<IResult> ReleaseAsync(
        int id, HttpContext context, ReleaseResults releaseResults, UserManager<ApplicationUser> users, CancellationToken cancellationToken) =>
        await releaseResults.HandleAsync(id, users.GetUserId(context.User)!, cancellationToken) switch
        {
            ReleaseResults.Released { Assessment: var a } => TypedResults.Ok(new ReleaseDto(a.FiguresReleased, a.FiguresReleasedAt, a.FiguresReleasedBy)),
            _ => ApiProblems.NotFound(),
        };

    private static async Task<IResult> ExcludeAsync(
        int id, long responseId, HttpContext context, ExcludeResponse excludeResponse, UserManager<ApplicationUser> users,
        CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<ExcludeResponseRequest>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        return await excludeResponse.HandleAsync(id, responseId, body.Value!.Reason, users.GetUserId(context.User)!, cancellationToken) switch
        {
            ExcludeResponse.Excluded { Exclusion: var e } => TypedResults.Ok(ExclusionDto.From(e)),
            ExcludeResponse.Invalid { Message: var message } => ApiProblems.Invalid("reason", message),
            _ => ApiProblems.NotFound($"Assessment {id} has no response {responseId} (it may have been excluded already)."),
        };
    }

    private static async Task<IResult> CloseAsync(int id, HttpContext context, CloseAssessment closeAssessment, CancellationToken cancellationToken) =>
        await closeAssessment.HandleAsync(id, cancellationToken) switch
        {
            CloseAssessment.Closed closed => TypedResults.Ok(AssessmentSummary.From(closed.Assessment, context.Request)),
            _ => ApiProblems.NotFound(),
        };
}

/// <param name="FiguresReleased">True once released (or closed): executives see the figures.</param>
/// <param name="FiguresReleasedAt">When the interim release was published; null when the assessment was closed without one.</param>
/// <param name="FiguresReleasedBy">Id of the consultant who published it.</param>
public sealed record ReleaseDto(bool FiguresReleased, DateTimeOffset? FiguresReleasedAt, string? FiguresReleasedBy);
