namespace SalesMarketingAlignment.Web.Features.Survey;

public static class SurveyFeatures
{
    /// <summary>The survey's use cases, shared by the survey pages (Pages/Survey) and the API (<see cref="SurveyEndpoints"/>).</summary>
    public static IServiceCollection AddSurveyFeatures(this IServiceCollection services)
    {
        services.AddScoped<OpenSurvey>();
        services.AddScoped<SubmitSurvey>();
        services.AddSingleton<SurveyQueries>();
        services.AddSingleton<SurveyLinkCache>();
        services.AddScoped<RequestSurveyLink>();
        services.AddScoped<ShowOwnResult>();
        services.AddSingleton<SubmissionKeys>();
        services.AddSingleton<OwnResultCookie>();
        return services;
    }
}
