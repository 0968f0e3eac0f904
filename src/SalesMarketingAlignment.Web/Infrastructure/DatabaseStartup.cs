using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Startup;
using SalesMarketingAlignment.Web.Features.Accounts;

namespace SalesMarketingAlignment.Web.Infrastructure;

public static partial class DatabaseStartup
{
    /// <summary>Applies migrations, creates the roles, the bootstrap administrator and (in demo mode) the demo data.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var db = sp.GetRequiredService<AlignmentDbContext>();
        // Several instances may start at once (PostgreSQL): one at a time migrates, creates roles and the first key.
        await using var startupLock = await db.AcquireStartupLockAsync(cancellationToken);
        await db.MigrateAlignmentDatabaseAsync(cancellationToken);
        // Creates the first key under the lock (and loads the key ring, which the host would load at its start anyway).
        SharedDataProtection.EnsureKey(sp);

        // Restarts find the roles and an administrator in place: one query says so, instead of asking for each role.
        var state = await StartupState.ReadAsync(db, cancellationToken);

        if (!state.HasAllRoles)
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }
        }

        var bootstrap = sp.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(bootstrap.AdminEmail) && !string.IsNullOrEmpty(bootstrap.AdminPassword))
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            if (await users.FindByEmailAsync(bootstrap.AdminEmail) is null)
            {
                var result = await CreateUserAsync(users, bootstrap.AdminEmail, "Administrator", bootstrap.AdminPassword, Roles.Administrator);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(
                        "Bootstrap:AdminEmail/AdminPassword could not create the administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));
                }

                LogBootstrapAdmin(logger, bootstrap.AdminEmail);
                state = state with { HasAdministrator = true };
            }
        }

        // Without an administrator, /Setup asks for a code that only the log shows (first-run takeover).
        if (!state.HasAdministrator)
        {
            sp.GetRequiredService<SetupCode>().Issue();
        }

        if (sp.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }

    /// <summary>Creates a user with a confirmed email and one role; the one way users are made (setup, admin page, demo).</summary>
    public static async Task<IdentityResult> CreateUserAsync(
        UserManager<ApplicationUser> users, string email, string displayName, string password, string role)
    {
        ArgumentNullException.ThrowIfNull(users);
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRoleAsync(user, role);
    }

    public static async Task<bool> AdministratorExistsAsync(AlignmentDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.UserRoles.AnyAsync(
            ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap administrator {Email}.")]
    private static partial void LogBootstrapAdmin(ILogger logger, string email);
}
