using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Changes;
using SalesMarketingAlignment.Web.Features.Dashboard;
using SalesMarketingAlignment.Web.Features.Exports;
using SalesMarketingAlignment.Web.Features.Invitations;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Features.Plans;
using SalesMarketingAlignment.Web.Features.Portfolio;
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
            .WithMetadata(new RequestSizeLimitAttribute(app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes));
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapOrganizationEndpoints();
        api.MapAssessmentEndpoints();
        api.MapSurveyEndpoints();
        api.MapInvitationEndpoints();
        api.MapResultsEndpoints();
        api.MapPlanEndpoints();
        api.MapChangesEndpoints();
        api.MapPortfolioEndpoints();
        api.MapExportEndpoints();
        api.MapPdfReportApi();

        // No catch-all fallback under /api: it would outrank routing's own 405 and 415 answers. Unmatched paths end
        // as a bare 404, which the error pipeline turns into ProblemDetails (Infrastructure/ErrorPipeline).
        return app;
    }
}
