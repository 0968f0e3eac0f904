using Microsoft.AspNetCore.Mvc;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Dashboard;
using SalesMarketingAlignment.Web.Features.Exports;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Features.Reports;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Api;

public static class ApiEndpoints
{
    public const string Prefix = "/api";

    public static bool IsApiRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Maps the OpenAPI document (/openapi/v1.json) and the /api/v1 group. Endpoints need a signed-in staff member
    /// (bearer token or cookie) unless they say AllowAnonymous. Other features add their endpoints to the group here.
    /// </summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi().AllowAnonymous();

        var api = app.MapGroup($"{Prefix}/v1")
            .RequireAuthorization(Policies.Staff)
            .WithMetadata(new RequestSizeLimitAttribute(new ApiOptions().MaxRequestBodyBytes));
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapOrganizationEndpoints();
        api.MapAssessmentEndpoints();
        api.MapSurveyEndpoints();
        api.MapResultsEndpoints();
        api.MapExportEndpoints();
        api.MapPdfReportApi();

        // Anything else under /api is a ProblemDetails 404, not the HTML error page.
        app.MapFallback($"{Prefix}/{{**rest}}", () => ApiProblems.NotFound("There is no API endpoint at this address."))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
