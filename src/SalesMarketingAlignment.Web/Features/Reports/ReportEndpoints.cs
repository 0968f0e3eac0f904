using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Features.Plans;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Reports;

/// <summary>
/// The PDF diagnostic report, served to consultants, administrators and the organization's executives: from the
/// assessment page (cookie) and from the API. Another tenant's assessment is a 404, as if it did not exist.
/// </summary>
public static class ReportEndpoints
{
    public const string PageRoute = "/Assessments/{id:int}/report.pdf";
    public const string ApiRoute = "/assessments/{id:int}/report.pdf";

    public static string PagePath(int id) => string.Create(CultureInfo.InvariantCulture, $"/Assessments/{id}/report.pdf");

    public static IServiceCollection AddPdfReports(this IServiceCollection services)
    {
        // Thread-safe and costly to warm up (fonts), so one for the whole app.
        services.AddSingleton<PdfReportRenderer>();
        services.AddScoped<AssessmentReportLoader>();
        return services;
    }

    /// <summary>The page download; anonymous users are sent to the login page.</summary>
    public static IEndpointRouteBuilder MapPdfReports(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(PageRoute, DownloadAsync).RequireAuthorization(Policies.Staff).RequireOrganization(OrganizationSource.Assessment("id"))
            .AuditDownload(AuditKind.ReportDownloaded, "PDF")
            .WithTags("Reports")
            .WithSummary("The PDF diagnostic report, downloaded from the assessment page (cookie sign-in)");
        return app;
    }

    /// <summary>GET {group}/assessments/{id}/report.pdf?paper=A4|Letter.</summary>
    public static RouteGroupBuilder MapPdfReportApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet(ApiRoute, DownloadAsync)
            .RequireOrganization(OrganizationSource.Assessment("id"))
            .AuditDownload(AuditKind.ReportDownloaded, "PDF")
            .WithTags("Reports")
            .WithSummary("The PDF diagnostic report of the assessment (A4 or Letter)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>A4 when absent; otherwise exactly "A4" or "Letter" (any case). Numbers are not paper sizes.</summary>
    public static bool TryParsePaper(string? value, out PaperSize paper)
    {
        paper = PaperSize.A4;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        foreach (var size in Enum.GetValues<PaperSize>())
        {
            if (string.Equals(value, size.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                paper = size;
                return true;
            }
        }

        return false;
    }

    private static async Task<IResult> DownloadAsync(
        int id,
        string? paper,
        ClaimsPrincipal user,
        HttpContext http,
        AssessmentReportLoader loader,
        PdfReportRenderer renderer,
        TimeProvider clock,
        IStringLocalizer<SharedResource> localizer,
        PlanReport planReport,
        CancellationToken cancellationToken)
    {
        if (!TryParsePaper(paper, out var paperSize))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: localizer["Unknown paper size"],
                detail: localizer["The paper size '{0}' is not offered: use A4 or Letter.", paper ?? ""]);
        }

        var today = clock.Today();
        ReportInput input;
        switch (await loader.LoadAsync(user, http.OrganizationScope(), id, paperSize, CultureInfo.CurrentUICulture, today, cancellationToken))
        {
            case AssessmentReportLoader.Outcome.Loaded loaded:
                input = loaded.Input;
                break;
            case AssessmentReportLoader.Outcome.NotReleased:
                return ApiEndpoints.IsApiRequest(http.Request) ? ApiProblems.FiguresNotReleased() : Results.StatusCode(StatusCodes.Status409Conflict);
            default:
                // Deleted since the organization filter looked. The API answers in ProblemDetails; the page lets the status-code page explain.
                return ApiEndpoints.IsApiRequest(http.Request) ? ApiProblems.NotFound() : Results.NotFound();
        }

        var report = DiagnosticReportBuilder.Build(input) with { ActionPlan = await planReport.BuildAsync(id, input.Recommendation, cancellationToken) };
        var pdf = renderer.Render(report);
        // Reports hold an organization's confidential figures: never keep them in a shared or browser cache.
        http.Response.Headers.CacheControl = "no-store";
        // Set by hand rather than by Results.File: it would send filename* but turn every non-ASCII letter of filename into "_".
        var fileName = ReportFileName.For(input.OrganizationName, input.AssessmentTitle, input.ClosedOn, input.OpenedOn);
        http.Response.Headers.ContentDisposition = fileName.ContentDisposition();
        return Results.File(pdf, "application/pdf");
    }
}
