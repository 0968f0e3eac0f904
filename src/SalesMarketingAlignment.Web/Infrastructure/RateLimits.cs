using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Web.Api;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>"RateLimits": requests per minute one client address may send to the anonymous forms, pages and API alike.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>
    /// Survey responses (the form's POST /s/{token} and POST /api/v1/surveys/{token}/responses, one count for both).
    /// Enough for an office behind one address answering at once, far below a flood.
    /// </summary>
    [Range(1, 100_000_000)]
    public int SurveyResponsesPerMinute { get; set; } = 60;

    /// <summary>Sign-in attempts (the login page, POST /api/v1/auth/login) and the first-run setup form.</summary>
    [Range(1, 100_000_000)]
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>Any other form a visitor can post without signing in (the language choice, pages added later).</summary>
    [Range(1, 100_000_000)]
    public int OtherFormPostsPerMinute { get; set; } = 30;
}

/// <summary>
/// The rate limits of everything anonymous, partitioned by <c>HttpContext.Connection.RemoteIpAddress</c>, which is the
/// real client address because <see cref="ForwardedHeadersSetup"/> rewrites it only for requests from configured
/// proxies. Partitions live in memory for the current window only; the address is never stored or logged. Past the
/// limit: 429 with Retry-After, as ProblemDetails under /api and as the localized error page for forms.
/// </summary>
public static class RateLimits
{
    /// <summary>Other anonymous API endpoints (reading a survey, refreshing a token): <see cref="ApiOptions.AnonymousPermitsPerMinute"/>.</summary>
    public const string AnonymousApi = ApiServiceCollectionExtensions.AnonymousRateLimit;

    /// <summary>Submitting a survey response, by page or API.</summary>
    public const string SurveyResponses = "survey-responses";

    /// <summary>Signing in, by page or API, and the first-run setup.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Other anonymous form posts.</summary>
    public const string OtherForms = "anonymous-forms";

    /// <summary>Pages whose form posts count against a specific limit; every other anonymous page's posts count as <see cref="OtherForms"/>.</summary>
    private static readonly Dictionary<string, string> PagePolicies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Survey/Index"] = SurveyResponses,
        ["/Account/Login"] = SignIn,
        ["/Setup/Index"] = SignIn,
    };

    public static IServiceCollection AddAppRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejectedAsync;
            options.AddPolicy(AnonymousApi, context => PerAddress(
                AnonymousApi, context, context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.AnonymousPermitsPerMinute));
            // Pages get no endpoint policy (a page's GET must stay free): this limiter picks their form posts, and the
            // API endpoints that share a form's limit (RequireFormRateLimit).
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(AnonymousFormPosts);
        });
        return services;
    }

    /// <summary>
    /// Counts an API endpoint against the same per-address limit as the forms of <paramref name="policy"/>
    /// (<see cref="SurveyResponses"/>, <see cref="SignIn"/>), so a client gains nothing by alternating page and API.
    /// </summary>
    public static TBuilder RequireFormRateLimit<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new FormRateLimitMetadata(policy));
    }

    /// <summary>
    /// The limit a request counts against in the shared (global) limiter: an anonymous page's form post, or an API
    /// endpoint marked with <see cref="RequireFormRateLimit"/>; null for everything else (GETs, signed-in pages, the error page).
    /// </summary>
    public static string? FormPolicyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            return null;
        }

        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<FormRateLimitMetadata>() is { } marked)
        {
            return marked.Policy;
        }

        var page = endpoint?.Metadata.GetMetadata<PageActionDescriptor>();
        // The error page is re-executed for the 429 itself: limiting it would turn the answer into another rejection.
        if (page is null || string.Equals(page.ViewEnginePath, "/Error", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var anonymous = endpoint!.Metadata.GetMetadata<IAllowAnonymous>() is not null || !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any();
        if (!anonymous)
        {
            return null;
        }

        return PagePolicies.GetValueOrDefault(page.ViewEnginePath, OtherForms);
    }

    private static RateLimitPartition<string> AnonymousFormPosts(HttpContext context)
    {
        var policy = FormPolicyOf(context);
        if (policy is null)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = Limits(context);
        var permits = policy switch
        {
            SurveyResponses => limits.SurveyResponsesPerMinute,
            SignIn => limits.SignInAttemptsPerMinute,
            _ => limits.OtherFormPostsPerMinute,
        };
        return PerAddress(policy, context, permits);
    }

    /// <summary>One fixed one-minute window per policy and client address.</summary>
    private static RateLimitPartition<string> PerAddress(string policy, HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            policy + "|" + (context.Connection.RemoteIpAddress?.ToString() ?? ""),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static RateLimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (ApiEndpoints.IsApiRequest(http.Request))
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: $"Too many requests from this address; try again in {seconds} seconds.",
                extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds }).ExecuteAsync(http);
            return;
        }

        // No body: the status-code pages re-execute the localized error page (Pages/Error), which explains the wait.
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        _ = cancellationToken;
    }

    /// <summary>The localized explanation of a 429 for the error page.</summary>
    public static string WaitMessage(HttpResponse response, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(localizer);
        return int.TryParse(response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? localizer["Too many attempts from your network in a short time; nothing was saved. Please wait {0} seconds and try again.", seconds]
            : localizer["Too many attempts from your network in a short time; nothing was saved. Please wait a minute and try again."];
    }
}

/// <summary>Marks an endpoint as counting against a form's per-address limit (see <see cref="RateLimits.RequireFormRateLimit"/>).</summary>
public sealed record FormRateLimitMetadata(string Policy);
