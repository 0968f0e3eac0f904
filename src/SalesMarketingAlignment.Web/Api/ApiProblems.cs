using Microsoft.AspNetCore.Http.HttpResults;

namespace SalesMarketingAlignment.Web.Api;

/// <summary>The API's error answers: always RFC 9457 ProblemDetails bodies (never an empty body or an HTML page).</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail = "There is no such resource, or it is not yours to see.") =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Forbidden(string detail = "Your account may read this but not change it.") =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ProblemHttpResult Unauthorized(string detail = "Sign in: send 'Authorization: Bearer <accessToken>' from POST /api/v1/auth/login.") =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"The request body is larger than the API accepts ({limit} bytes).");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid fields.");

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
