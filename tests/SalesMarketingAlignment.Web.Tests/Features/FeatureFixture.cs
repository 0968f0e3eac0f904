using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features;

/// <summary>
/// The real app on its own SQLite file, for calling use-case handlers directly (each call in its own DI scope, as a
/// request would be). Shared by the tests of a class: they use their own emails and organizations.
/// </summary>
public sealed class FeatureFixture : IDisposable
{
    public AppFactory App { get; } = new();

    /// <summary>Resolves <typeparamref name="THandler"/> in a fresh scope and runs <paramref name="action"/> with it.</summary>
    public async Task<T> RunAsync<THandler, T>(Func<THandler, Task<T>> action)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = App.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    /// <summary>The principal a signed-in <paramref name="user"/> has (with their role claims).</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(ApplicationUser user)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user);
    }

    public async Task<T> WithUsersAsync<T>(Func<UserManager<ApplicationUser>, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = App.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    public void Dispose() => App.Dispose();
}
