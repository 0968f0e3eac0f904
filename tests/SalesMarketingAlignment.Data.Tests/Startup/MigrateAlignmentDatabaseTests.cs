using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Startup;
using SalesMarketingAlignment.Data.Tests.Infrastructure;

namespace SalesMarketingAlignment.Data.Tests.Startup;

/// <summary>
/// Start-up skips EF's Migrate() when the database already has the newest migration (decision 0008, start-up), and
/// reads what it has to create with one query (<see cref="StartupState"/>). Both must still see a database that is
/// behind, or missing roles or an administrator.
/// </summary>
public abstract class MigrateAlignmentDatabaseTests(string provider) : IAsyncLifetime
{
    private readonly TestDatabase _database = new(provider);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task MigrateAlignmentDatabaseAsync_OneMigrationBehind_AppliesTheNewest()
    {
        var newest = await _database.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
            return migrations[^1];
        });
        (await PendingAsync()).Should().Equal([newest], "the test starts one migration behind");

        await _database.WithDbAsync(async db =>
        {
            await db.MigrateAlignmentDatabaseAsync();
            return 0;
        });

        (await PendingAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task MigrateAlignmentDatabaseAsync_UpToDate_LeavesTheHistoryAsItIs()
    {
        var before = await AppliedAsync();

        await _database.WithDbAsync(async db =>
        {
            await db.MigrateAlignmentDatabaseAsync();
            return 0;
        });

        (await AppliedAsync()).Should().Equal(before);
        (await PendingAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_NewDatabase_HasNothing()
    {
        var state = await _database.WithDbAsync(db => StartupState.ReadAsync(db));

        state.Should().Be(new StartupState(HasAllRoles: false, HasAdministrator: false));
    }

    [Fact]
    public async Task ReadAsync_SomeRolesAndAUserWhoIsNoAdministrator_HasNotAllRolesAndNoAdministrator()
    {
        await _database.WithDbAsync(async db =>
        {
            var consultant = new IdentityRole(Roles.Consultant) { NormalizedName = Roles.Consultant.ToUpperInvariant() };
            var user = new ApplicationUser { UserName = "c@example.com", Email = "c@example.com", DisplayName = "C" };
            db.Roles.Add(consultant);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = consultant.Id, UserId = user.Id });
            return await db.SaveChangesAsync();
        });

        var state = await _database.WithDbAsync(db => StartupState.ReadAsync(db));

        state.Should().Be(new StartupState(HasAllRoles: false, HasAdministrator: false));
    }

    [Fact]
    public async Task ReadAsync_AllRolesAndAnAdministrator_HasEverything()
    {
        await _database.WithDbAsync(async db =>
        {
            var roles = Roles.All.Select(r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() }).ToList();
            var user = new ApplicationUser { UserName = "a@example.com", Email = "a@example.com", DisplayName = "A" };
            db.Roles.AddRange(roles);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = roles.Single(r => r.Name == Roles.Administrator).Id, UserId = user.Id });
            return await db.SaveChangesAsync();
        });

        var state = await _database.WithDbAsync(db => StartupState.ReadAsync(db));

        state.Should().Be(new StartupState(HasAllRoles: true, HasAdministrator: true));
    }

    private Task<List<string>> PendingAsync() =>
        _database.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());

    private Task<List<string>> AppliedAsync() =>
        _database.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
}

public sealed class MigrateAlignmentDatabaseSqliteTests() : MigrateAlignmentDatabaseTests(DatabaseOptions.Sqlite);

public sealed class MigrateAlignmentDatabasePostgresTests() : MigrateAlignmentDatabaseTests(DatabaseOptions.Postgres);
