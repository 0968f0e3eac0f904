using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

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

    /// <summary>409 for an executive asking for figures (results export, recommendation, report) of an unreleased assessment.</summary>
    public static ProblemHttpResult FiguresNotReleased() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Figures not released",
            detail: "The figures appear when the consultant closes the assessment or releases interim results.",
            extensions: new Dictionary<string, object?> { ["figuresReleased"] = false });

    public static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"The request body is larger than the API accepts ({limit} bytes).");

    /// <summary>415, with the error keyed "body" like the other body problems.</summary>
    public static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type",
            detail: "Send the body as JSON with 'Content-Type: application/json'.",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["body"] = ["Send the body as JSON with 'Content-Type: application/json'."] },
            });

    /// <summary>503 for a storage failure; the caller adds Retry-After.</summary>
    public static ProblemHttpResult ServiceUnavailable() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Service unavailable",
            detail: "The data store cannot take this request right now; nothing was changed by it. Try again later.");

    /// <summary>An unexpected error: no detail about the cause (that goes to the log).</summary>
    public static ProblemHttpResult ServerError() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "Server error",
            detail: "The request could not be completed because of an error on the server.");

    /// <summary>
    /// The body for an error status that reached the status-code-pages middleware without one (routing's 404, 405 and
    /// 415, the framework's 400 and 413, results such as Results.NotFound()).
    /// </summary>
    public static ProblemHttpResult ForStatus(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        return status switch
        {
            StatusCodes.Status400BadRequest => TypedResults.Problem(statusCode: status, title: "Bad request", detail: "The request could not be read; check its body, parameters and headers."),
            StatusCodes.Status401Unauthorized => Unauthorized(),
            StatusCodes.Status403Forbidden => Forbidden("Your role does not allow this."),
            StatusCodes.Status404NotFound when context.GetEndpoint() is null => NotFound("There is no API endpoint at this address."),
            StatusCodes.Status404NotFound => NotFound(),
            StatusCodes.Status405MethodNotAllowed => TypedResults.Problem(
                statusCode: status, title: "Method not allowed", detail: $"This address does not accept {context.Request.Method}; see /openapi/v1.json."),
            StatusCodes.Status413PayloadTooLarge => TooLarge(context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes),
            StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(),
            _ => TypedResults.Problem(statusCode: status),
        };
    }

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid fields.");

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
