using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Features.Users;

public sealed record CreatedUser(string Id, string Email, string Role);

/// <summary><c>POST /api/v1/users</c>: the API's adapter over <see cref="CreateUser"/>.</summary>
public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/users", CreateAsync)
            .RequireAuthorization(Policies.Administrator)
            .WithTags("Users")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AcceptsJson<CreateUser.Request>()
            .Produces<CreatedUser>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Create an account with a role (administrators only)");
        return api;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, CreateUser createUser, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<CreateUser.Request>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        return await createUser.HandleAsync(body.Value!, cancellationToken) switch
        {
            CreateUser.Created created => TypedResults.Created(
                $"/api/v1/users/{created.User.Id}", new CreatedUser(created.User.Id, created.User.Email ?? "", created.Role)),
            CreateUser.Conflict conflict => ApiProblems.Conflict(conflict.Message),
            CreateUser.Invalid invalid => ApiProblems.Invalid(UseCaseErrors.ByJsonField(invalid.Errors)),
            var other => throw new InvalidOperationException($"Unexpected result {other}."),
        };
    }
}
