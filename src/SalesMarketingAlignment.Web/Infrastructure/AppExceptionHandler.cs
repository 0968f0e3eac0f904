using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using SalesMarketingAlignment.Web.Api;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// The one place an unhandled exception becomes an answer. Under /api it writes ProblemDetails (never HTML, never a
/// stack trace); for pages it returns false so the exception handler middleware re-executes /Error with the status of
/// <see cref="StatusCodeOf"/>. A storage failure is 503 with Retry-After in both, and is logged here once, with the
/// SQLite error only (no request body, so no answers).
/// </summary>
public sealed partial class AppExceptionHandler(ILogger<AppExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>The status for an exception: 503 for storage failures, a bad request keeps its own, otherwise 500.</summary>
    public static int StatusCodeOf(Exception exception) =>
        StorageFailures.Find(exception) is not null ? StatusCodes.Status503ServiceUnavailable
        : exception is BadHttpRequestException bad ? bad.StatusCode
        : StatusCodes.Status500InternalServerError;

    /// <summary>
    /// Whether the middleware should log the exception itself: not for those logged here (storage failures, and all of
    /// them under /api, which this handler answers), nor for a client's bad request.
    /// </summary>
    public static bool SuppressDiagnostics(HttpContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsApi(context) || StorageFailures.Find(exception) is not null || exception is BadHttpRequestException;
    }

    /// <summary>The middleware points the request at /Error before calling handlers; the original path is in the feature.</summary>
    private static bool IsApi(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value) is { } path
        && new PathString(path).StartsWithSegments(ApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase);

    private static PathString OriginalPath(HttpContext context) =>
        context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } path ? new PathString(path) : context.Request.Path;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var isApi = IsApi(httpContext);
        var path = OriginalPath(httpContext);
        if (StorageFailures.Find(exception) is { } storage)
        {
            LogStorageFailure(logger, httpContext.Request.Method, path, storage.SqliteErrorCode, storage.SqliteExtendedErrorCode, storage.Message);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = StorageFailures.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            if (isApi)
            {
                await ApiProblems.ServiceUnavailable().ExecuteAsync(httpContext);
            }

            return isApi;
        }

        if (!isApi)
        {
            return false;
        }

        if (exception is BadHttpRequestException bad)
        {
            LogBadRequest(logger, httpContext.Request.Method, path, bad.StatusCode, bad.Message);
            httpContext.Response.StatusCode = bad.StatusCode;
            await (bad.StatusCode == StatusCodes.Status400BadRequest
                ? ApiProblems.Invalid("body", BodyProblem(bad))
                : (IResult)ApiProblems.ForStatus(httpContext)).ExecuteAsync(httpContext);
            return true;
        }

        LogUnexpected(logger, exception, httpContext.Request.Method, path);
        await ApiProblems.ServerError().ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>What the framework could not read in a bound body, in the words ApiJson uses (not the parameter's .NET type).</summary>
    private static string BodyProblem(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException { Path: { Length: > 1 } path } json => $"The value at '{path.TrimStart('$').TrimStart('.')}' is not valid JSON of the expected type{Where(json)}.",
        JsonException json => $"The body is not valid JSON of the expected shape{Where(json)}.",
        _ => "The request could not be read; send a JSON body with 'Content-Type: application/json'.",
    };

    private static string Where(JsonException ex) =>
        ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage unavailable for {Method} {Path}: SQLite error {SqliteErrorCode} (extended {SqliteExtendedErrorCode}): {SqliteMessage}. Answered 503.")]
    private static partial void LogStorageFailure(ILogger logger, string method, PathString path, int sqliteErrorCode, int sqliteExtendedErrorCode, string sqliteMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bad request {Method} {Path}: {StatusCode} {Reason}")]
    private static partial void LogBadRequest(ILogger logger, string method, PathString path, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}; answered 500.")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
