namespace SalesMarketingAlignment.Web.Features.Portfolio;

public static class PortfolioFeatures
{
    /// <summary>The consultant's portfolio of client organizations.</summary>
    public static IServiceCollection AddPortfolioFeatures(this IServiceCollection services)
    {
        services.AddScoped<GetPortfolio>();
        return services;
    }
}
