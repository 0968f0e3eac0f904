using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Organizations;

public sealed record CreatedOrganization(int Id, string Name);

/// <summary>The organizations API: adapters over <see cref="ListOrganizations"/>, <see cref="CreateOrganization"/> and
/// <see cref="AddExecutive"/>.</summary>
public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganizationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var organizations = api.MapGroup("/organizations").WithTags("Organizations").ProducesProblem(StatusCodes.Status401Unauthorized);
        organizations.MapGet("/", ListAsync)
            .WithSummary("Organizations the caller may see (all of them for administrators)");
        organizations.MapPost("/", CreateAsync)
            .AcceptsJson<CreateOrganization.Request>()
            .Produces<CreatedOrganization>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Create an organization (administrators, consultants); the creator becomes a member");
        organizations.MapPost("/{id:int}/members", AddMemberAsync)
            .RequireOrganization(OrganizationSource.Organization("id"))
            .AcceptsJson<AddExecutive.Request>()
            .Produces<Member>(StatusCodes.Status201Created)
            .Produces<Member>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Add an executive: an existing executive account, or a new one with a password (201 added, 200 already a member)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<OrganizationSummary>>> ListAsync(
        HttpContext context, ListOrganizations listOrganizations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await listOrganizations.HandleAsync(context.User, cancellationToken));

    private static async Task<IResult> CreateAsync(
        HttpContext context, CreateOrganization createOrganization, CancellationToken cancellationToken)
    {
        // Checked before the body is read, so an executive learns nothing from a malformed body.
        if (!CreateOrganization.IsAllowed(context.User))
        {
            return Forbidden();
        }

        var body = await ApiJson.ReadValidAsync<CreateOrganization.Request>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        return await createOrganization.HandleAsync(body.Value!, context.User, cancellationToken) switch
        {
            CreateOrganization.Created created => TypedResults.Created(
                $"/api/v1/organizations/{created.Id}", new CreatedOrganization(created.Id, created.Name)),
            _ => Forbidden(),
        };
    }

    private static ProblemHttpResult Forbidden() => ApiProblems.Forbidden("Only consultants and administrators create organizations.");

    private static async Task<IResult> AddMemberAsync(
        int id, HttpContext context, AddExecutive addExecutive, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<AddExecutive.Request>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        return await addExecutive.HandleAsync(id, body.Value!, cancellationToken) switch
        {
            AddExecutive.Added added => TypedResults.Created($"/api/v1/organizations/{id}/members/{added.Member.UserId}", added.Member),
            AddExecutive.AlreadyMember member => TypedResults.Ok(member.Member),
            AddExecutive.Invalid invalid => ApiProblems.Invalid(UseCaseErrors.ByJsonField(invalid.Errors)),
            AddExecutive.NoExecutiveAccount refused => ApiProblems.Invalid("email", refused.Message),
            var other => throw new InvalidOperationException($"Unexpected result {other}."),
        };
    }
}
