namespace SalesMarketingAlignment.Web.Features.Accounts;

public static class AccountFeatures
{
    /// <summary>The use cases of signing in.</summary>
    public static IServiceCollection AddAccountFeatures(this IServiceCollection services) =>
        services.AddScoped<SignIn>().AddSingleton<SignIn.DummyPasswordHash>();
}
