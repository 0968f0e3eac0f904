namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// One app per test class (starting a host and migrating a database costs far more than a test), with the database
/// put back to its start-up state before each test: tests stay independent of each other and of their order, even
/// those that count every row or reuse an email address.
/// </summary>
public sealed class SharedAppFixture : IDisposable
{
    private readonly AppFactory _app = new();

    public SharedAppFixture() => _app.SnapshotDatabase();

    /// <summary>The shared app on a database as it was right after start-up (migrated, roles created, nothing else).</summary>
    public AppFactory WithFreshDatabase()
    {
        _app.RestoreDatabase();
        return _app;
    }

    public void Dispose() => _app.Dispose();
}
