using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Api.Organizations;

public sealed class CreateOrganizationBody
{
    [Required(ErrorMessage = "Enter the name of the organization.")]
    [StringLength(200, ErrorMessage = "The name is too long.")]
    public string Name { get; set; } = "";
}

public sealed class AddMemberBody
{
    [Required(ErrorMessage = "Enter an email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";
}

public sealed record OrganizationSummary(int Id, string Name);

public sealed record CreatedOrganization(int Id, string Name);

public sealed record Member(int OrganizationId, string UserId, string Email);

public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganizationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var organizations = api.MapGroup("/organizations").WithTags("Organizations").ProducesProblem(StatusCodes.Status401Unauthorized);
        organizations.MapGet("/", ListAsync)
            .WithSummary("Organizations the caller may see (all of them for administrators)");
        organizations.MapPost("/", CreateAsync)
            .AcceptsJson<CreateOrganizationBody>()
            .Produces<CreatedOrganization>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Create an organization (administrators, consultants); the creator becomes a member");
        organizations.MapPost("/{id:int}/members", AddMemberAsync)
            .AcceptsJson<AddMemberBody>()
            .Produces<Member>(StatusCodes.Status201Created)
            .Produces<Member>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Add an existing account to the organization (201 added, 200 already a member)");
        return api;
    }

    private static async Task<Ok<List<OrganizationSummary>>> ListAsync(HttpContext context, OrganizationAccess access, CancellationToken cancellationToken) =>
        TypedResults.Ok(await access.VisibleOrganizations(context.User)
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationSummary(o.Id, o.Name))
            .ToListAsync(cancellationToken));

    private static async Task<IResult> CreateAsync(
        HttpContext context, AlignmentDbContext db, UserManager<ApplicationUser> users, TimeProvider clock,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        if (!context.User.IsInRole(Roles.Consultant) && !context.User.IsInRole(Roles.Administrator))
        {
            return ApiProblems.Forbidden("Only consultants and administrators create organizations.");
        }

        var body = await ApiJson.ReadAsync<CreateOrganizationBody>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var errors = ApiJson.Validate(body.Value!, localizer);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var organization = new Organization
        {
            Name = body.Value!.Name.Trim(),
            CreatedOn = clock.Today(),
            Members = [new OrganizationMember { UserId = users.GetUserId(context.User)! }],
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/organizations/{organization.Id}", new CreatedOrganization(organization.Id, organization.Name));
    }

    private static async Task<IResult> AddMemberAsync(
        int id, HttpContext context, AlignmentDbContext db, OrganizationAccess access, UserManager<ApplicationUser> users,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        switch (await access.ToOrganizationAsync(context.User, id, cancellationToken))
        {
            case Access.None:
                return ApiProblems.NotFound();
            case Access.Read:
                return ApiProblems.Forbidden();
        }

        var body = await ApiJson.ReadAsync<AddMemberBody>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var errors = ApiJson.Validate(body.Value!, localizer);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var user = await users.FindByEmailAsync(body.Value!.Email.Trim());
        if (user is null)
        {
            return ApiProblems.Invalid("email", localizer["There is no account with this email; an administrator creates accounts (POST /api/v1/users)."]);
        }

        var member = new Member(id, user.Id, user.Email ?? "");
        if (await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == id && m.UserId == user.Id, cancellationToken))
        {
            return TypedResults.Ok(member);
        }

        db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = id, UserId = user.Id });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/organizations/{id}/members/{user.Id}", member);
    }
}
