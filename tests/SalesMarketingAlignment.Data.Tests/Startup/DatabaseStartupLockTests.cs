using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Startup;
using SalesMarketingAlignment.Data.Tests.Infrastructure;

namespace SalesMarketingAlignment.Data.Tests.Startup;

public sealed class DatabaseStartupLockTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new(DatabaseOptions.Postgres);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AcquireStartupLockAsync_SecondInstance_WaitsUntilTheFirstReleases()
    {
        var other = await _database.StartInstanceAsync();
        using var firstScope = _database.Services.CreateScope();
        using var secondScope = other.CreateScope();

        var first = await firstScope.ServiceProvider.GetRequiredService<AlignmentDbContext>().AcquireStartupLockAsync();
        var second = secondScope.ServiceProvider.GetRequiredService<AlignmentDbContext>().AcquireStartupLockAsync();
        await Task.Delay(300);
        second.IsCompleted.Should().BeFalse("another instance holds the start-up lock");

        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(30))).DisposeAsync();
    }
}
