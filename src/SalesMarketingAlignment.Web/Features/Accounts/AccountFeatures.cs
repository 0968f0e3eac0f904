using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

namespace SalesMarketingAlignment.Web.Features.Accounts;

public static class AccountFeatures
{
    /// <summary>The use cases of signing in, sessions and the account life cycle, and the audit trail.</summary>
    public static IServiceCollection AddAccountFeatures(this IServiceCollection services)
    {
        return services
            .AddScoped<SignIn>()
            .AddSingleton<SignIn.DummyPasswordHash>()
            .AddSingleton<SignInThrottle>()
            .AddScoped<UserSessions>()
            .AddSingleton<IAuditTrail, AuditTrail>()
            .AddSingleton<SetupCode>()
            .AddScoped<ChangePassword>()
            .AddScoped<PasswordReset>()
            .AddScoped<SetUserDisabled>();
    }
}
