namespace SalesMarketingAlignment.Web.Features.Users;

public static class UserFeatures
{
    /// <summary>The use cases about accounts and their roles.</summary>
    public static IServiceCollection AddUserFeatures(this IServiceCollection services) =>
        services.AddScoped<CreateUser>();
}
