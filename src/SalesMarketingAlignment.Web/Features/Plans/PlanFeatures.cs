namespace SalesMarketingAlignment.Web.Features.Plans;

public static class PlanFeatures
{
    /// <summary>The use cases of the action plan (docs/decisions/0016-action-plan.md).</summary>
    public static IServiceCollection AddPlanFeatures(this IServiceCollection services)
    {
        services.AddScoped<GetPlan>();
        services.AddScoped<SavePlan>();
        services.AddScoped<PlanCarryOver>();
        services.AddScoped<PlanReport>();
        return services;
    }
}
