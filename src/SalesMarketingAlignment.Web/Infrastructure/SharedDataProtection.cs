using Microsoft.AspNetCore.DataProtection;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// Data Protection keys (sign-in cookies, antiforgery tokens, bearer tokens) in the database, under one application
/// name: every app instance on the same database reads what another wrote, wherever it is installed.
/// </summary>
public static class SharedDataProtection
{
    /// <summary>Fixed, so that instances in different folders (the default name is the content root) share keys.</summary>
    public const string ApplicationName = "SalesMarketingAlignment";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AlignmentDbContext>();
        return services;
    }

    /// <summary>
    /// Loads the key ring and creates the first key now, while start-up holds the database lock: instances starting
    /// together would otherwise each create one on first use and, until their key rings refresh, reject each other's
    /// cookies.
    /// </summary>
    public static void EnsureKey(IServiceProvider services)
    {
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(SharedDataProtection));
        _ = protector.Protect([1]);
    }
}
