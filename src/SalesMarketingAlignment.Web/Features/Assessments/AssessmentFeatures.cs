using SalesMarketingAlignment.Web.Features.Reports;

namespace SalesMarketingAlignment.Web.Features.Assessments;

public static class AssessmentFeatures
{
    /// <summary>The use cases of assessments, their results, exports and the PDF report.</summary>
    public static IServiceCollection AddAssessmentFeatures(this IServiceCollection services)
    {
        services.AddScoped<StartAssessment>();
        services.AddScoped<CloseAssessment>();
        services.AddScoped<SaveConditions>();
        services.AddScoped<GetAssessment>();
        services.AddScoped<ReleaseResults>();
        services.AddScoped<ExcludeResponse>();
        services.AddScoped<SetOpenLinks>();
        services.AddScoped<SetClosingDate>();
        services.AddScoped<SetBuyingFunnel>();
        services.AddPdfReports();
        return services;
    }
}
