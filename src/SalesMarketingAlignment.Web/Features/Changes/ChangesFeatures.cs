namespace SalesMarketingAlignment.Web.Features.Changes;

public static class ChangesFeatures
{
    /// <summary>What moved between two rounds of an organization (docs/decisions/0017-change-between-rounds.md).</summary>
    public static IServiceCollection AddChangesFeatures(this IServiceCollection services)
    {
        services.AddScoped<GetRoundChanges>();
        return services;
    }
}
