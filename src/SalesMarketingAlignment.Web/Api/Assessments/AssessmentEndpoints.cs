using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Infrastructure;
using CreateAssessmentInput = SalesMarketingAlignment.Web.Pages.Assessments.CreateModel.CreateAssessmentInput;

namespace SalesMarketingAlignment.Web.Api.Assessments;

/// <summary>An assessment and the two links respondents open (absolute URLs).</summary>
public sealed record AssessmentSummary(
    int Id, int OrganizationId, string Title, string Status, int MinimumGroupSize, int? ExpectedSales, int? ExpectedMarketing,
    string SalesSurveyUrl, string MarketingSurveyUrl);

public static class AssessmentEndpoints
{
    public static RouteGroupBuilder MapAssessmentEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);

        // The body is the Create page's own input model, so both check the same rules.
        api.MapPost("/organizations/{organizationId:int}/assessments", CreateAsync)
            .WithTags("Assessments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AcceptsJson<CreateAssessmentInput>()
            .Produces<AssessmentSummary>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Start an assessment with one survey link per department");
        api.MapGet("/assessments/{id:int}", GetAsync)
            .WithTags("Assessments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<AssessmentSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An assessment with its survey links");
        api.MapPost("/assessments/{id:int}/close", CloseAsync)
            .WithTags("Assessments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<AssessmentSummary>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Close the assessment: its links accept no more responses (idempotent)");
        return api;
    }

    private static async Task<IResult> CreateAsync(
        int organizationId, HttpContext context, AlignmentDbContext db, OrganizationAccess access, UserManager<ApplicationUser> users,
        TimeProvider clock, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        switch (await access.ToOrganizationAsync(context.User, organizationId, cancellationToken))
        {
            case Access.None:
                return ApiProblems.NotFound();
            case Access.Read:
                return ApiProblems.Forbidden();
        }

        var body = await ApiJson.ReadAsync<CreateAssessmentInput>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var input = body.Value!;
        var errors = ApiJson.Validate(input, localizer);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var assessment = AssessmentStarter.NewAssessment(
            organizationId, input.Title, input.MinimumGroupSize, input.ExpectedSales, input.ExpectedMarketing, users.GetUserId(context.User)!, clock);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/assessments/{assessment.Id}", Summary(assessment, context.Request));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, AlignmentDbContext db, OrganizationAccess access, CancellationToken cancellationToken)
    {
        var (level, _) = await access.ToAssessmentAsync(context.User, id, cancellationToken);
        if (level == Access.None)
        {
            return ApiProblems.NotFound();
        }

        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Links).SingleAsync(a => a.Id == id, cancellationToken);
        return TypedResults.Ok(Summary(assessment, context.Request));
    }

    private static async Task<IResult> CloseAsync(
        int id, HttpContext context, AlignmentDbContext db, OrganizationAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        switch ((await access.ToAssessmentAsync(context.User, id, cancellationToken)).Access)
        {
            case Access.None:
                return ApiProblems.NotFound();
            case Access.Read:
                return ApiProblems.Forbidden();
        }

        var assessment = await db.Assessments.Include(a => a.Links).SingleAsync(a => a.Id == id, cancellationToken);
        if (assessment.IsOpen)
        {
            assessment.Status = AssessmentStatus.Closed;
            assessment.ClosedOn = clock.Today();
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(Summary(assessment, context.Request));
    }

    private static AssessmentSummary Summary(Assessment assessment, HttpRequest request) => new(
        assessment.Id,
        assessment.OrganizationId,
        assessment.Title,
        assessment.Status.ToString(),
        assessment.MinimumGroupSize,
        assessment.ExpectedSales,
        assessment.ExpectedMarketing,
        AssessmentStarter.SurveyUrl(request, assessment.Links.Single(l => l.Department == Department.Sales).Token),
        AssessmentStarter.SurveyUrl(request, assessment.Links.Single(l => l.Department == Department.Marketing).Token));
}
