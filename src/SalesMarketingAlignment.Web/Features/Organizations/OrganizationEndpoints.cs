using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Organizations;

public sealed record CreatedOrganization(int Id, string Name);

/// <summary>The answer to adding a member who is invited: <c>invitationUrl</c> only when the mail was not sent.</summary>
public sealed record InvitationSent(string Email, bool Mailed, string? InvitationUrl);

/// <summary>The organizations API: adapters over <see cref="ListOrganizations"/>, <see cref="CreateOrganization"/> and
/// <see cref="AddMember"/> and <see cref="RemoveMember"/>.</summary>
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
            .AcceptsJson<AddMember.Request>()
            .Produces<Member>(StatusCodes.Status201Created)
            .Produces<Member>()
            .Produces<InvitationSent>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Add a member by email: 201 added (administrators: any account; consultants: accounts they made), 200 already a member, 202 invited (any other email, with or without an account: the same answer)");
        organizations.MapDelete("/{id:int}/members/{userId}", RemoveMemberAsync)
            .RequireOrganization(OrganizationSource.Organization("id"))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Remove a member (not yourself)");
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
        int id, HttpContext context, AddMember addMember, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<AddMember.Request>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        return await addMember.HandleAsync(id, body.Value!, context.User, context.Request, cancellationToken) switch
        {
            AddMember.Added added => TypedResults.Created($"/api/v1/organizations/{id}/members/{added.Member.UserId}", added.Member),
            AddMember.AlreadyMember member => TypedResults.Ok(member.Member),
            AddMember.Invited invited => TypedResults.Accepted((string?)null, new InvitationSent(invited.Email, invited.Mailed, invited.Link)),
            var other => throw new InvalidOperationException($"Unexpected result {other}."),
        };
    }

    private static async Task<IResult> RemoveMemberAsync(
        int id, string userId, HttpContext context, RemoveMember removeMember, CancellationToken cancellationToken) =>
        await removeMember.HandleAsync(id, userId, AuditTrail.UserId(context.User)!, cancellationToken) switch
        {
            RemoveMember.Removed => TypedResults.NoContent(),
            RemoveMember.Refused refused => ApiProblems.Invalid("userId", refused.Message),
            _ => ApiProblems.NotFound("No such member of this organization."),
        };
}
