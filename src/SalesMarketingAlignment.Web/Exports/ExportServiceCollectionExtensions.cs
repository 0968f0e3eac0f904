using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace SalesMarketingAlignment.Web.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// An anonymous request for a download under /api answers 401 instead of the cookie's redirect to the login page
    /// (a CSV client cannot follow a login form). The API's own 401 handling, where present, answers first.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var redirect = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                return redirect(context);
            };
        });
        return services;
    }
}
