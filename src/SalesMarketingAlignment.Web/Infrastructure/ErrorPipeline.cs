using Microsoft.AspNetCore.Http.Metadata;
using SalesMarketingAlignment.Web.Api;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// How errors are answered, in one place for pages and API: an exception goes to <see cref="AppExceptionHandler"/>
/// (ProblemDetails under /api, the /Error page elsewhere; 503 for storage failures, a bad request keeps its status),
/// and a bare error status (routing's 404/405/415, the framework's 400/413, a result without a body) gets a
/// ProblemDetails body under /api and the re-executed /Error page elsewhere.
/// </summary>
public static class ErrorPipeline
{
    public static IServiceCollection AddErrorPipeline(this IServiceCollection services)
    {
        services.AddExceptionHandler<AppExceptionHandler>();
        // Bound parameters ([FromBody] and the like) that cannot be read throw BadHttpRequestException in every
        // environment, so that AppExceptionHandler can say what was wrong instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseErrorPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = AppExceptionHandler.StatusCodeOf,
            SuppressDiagnosticsCallback = context => AppExceptionHandler.SuppressDiagnostics(context.HttpContext, context.Exception),
        });
        app.UseWhen(
            context => ApiEndpoints.IsApiRequest(context.Request),
            api => api.UseStatusCodePages(context => ApiProblems.ForStatus(context.HttpContext).ExecuteAsync(context.HttpContext)));
        app.UseWhen(
            context => !ApiEndpoints.IsApiRequest(context.Request),
            pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        return app;
    }

    /// <summary>
    /// After routing: a body whose Content-Length exceeds the endpoint's limit (the API group's RequestSizeLimit) is
    /// refused with 413 before anything reads it. Kestrel enforces the limit too, but only while reading and only
    /// on Kestrel; this answers the same on every server and before model binding.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit
                && context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                if (ApiEndpoints.IsApiRequest(context.Request))
                {
                    await ApiProblems.TooLarge((int)Math.Min(limit, int.MaxValue)).ExecuteAsync(context);
                }

                return;
            }

            await next(context);
        });
        return app;
    }
}
