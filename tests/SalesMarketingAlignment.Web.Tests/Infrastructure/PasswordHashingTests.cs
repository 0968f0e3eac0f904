using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// The app hashes passwords with 210,000 PBKDF2 iterations; the other tests run with <see cref="AppFactory.TestIterationCount"/>
/// (set by <see cref="AppFactory"/>, not by the app), and these tests prove both.
/// </summary>
public sealed class PasswordHashingTests
{
    private const int ProductionIterationCount = 210_000;

    /// <summary>The iteration count written in an ASP.NET Core Identity v3 hash: format byte 0x01, then PRF, then the count (big-endian).</summary>
    private static int IterationCountOf(string passwordHash)
    {
        var bytes = Convert.FromBase64String(passwordHash);
        bytes[0].Should().Be(0x01, "an Identity v3 hash");
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }

    private static Task<string> StoredHashAsync(AppFactory app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync());

    [Fact]
    public void PasswordHasher_IsConfiguredWithAtLeast210000Iterations()
    {
        using var app = new AppFactory { ProductionPasswordHashing = true };

        var options = app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;

        options.IterationCount.Should().BeGreaterThanOrEqualTo(ProductionIterationCount);
    }

    [Fact]
    public async Task CreateUser_AppAsConfiguredForProduction_StoresHashWith210000Iterations()
    {
        using var app = new AppFactory { ProductionPasswordHashing = true };

        await app.CreateUserAsync("hash@example.test", Roles.Consultant);

        IterationCountOf(await StoredHashAsync(app, "hash@example.test")).Should().Be(ProductionIterationCount);
    }

    [Fact]
    public async Task CreateUser_TestHost_StoresHashWithTheTestIterationCountAndSignsIn()
    {
        using var app = new AppFactory();

        await app.CreateUserAsync("quick@example.test", Roles.Consultant);

        IterationCountOf(await StoredHashAsync(app, "quick@example.test")).Should().Be(AppFactory.TestIterationCount);
        (await app.CreateBrowser().SignInAsync("quick@example.test")).ShouldBeRedirect();
    }
}
