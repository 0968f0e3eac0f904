using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Sqlite;
using SalesMarketingAlignment.Data.Tests.Infrastructure;

namespace SalesMarketingAlignment.Data.Tests.Sqlite;

/// <summary>Every write path holds the one gate while it writes, and gives it back afterwards.</summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    private SqliteWriteGate Gate => _database.Services.GetRequiredService<SqliteWriteGate>();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ExplicitTransaction_HoldsGateUntilCommit()
    {
        using var scope = _database.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Gate.IsHeld.Should().BeTrue();
            db.Organizations.Add(new Organization { Name = "In a transaction", CreatedOn = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
            Gate.IsHeld.Should().BeTrue("SaveChanges inside the transaction must not release it");
            await transaction.CommitAsync();
        }

        Gate.IsHeld.Should().BeFalse();
    }

    [Fact]
    public async Task TransactionDisposedWithoutCommit_ReleasesGateWhenContextIsDisposed()
    {
        using (var scope = _database.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
            var transaction = await db.Database.BeginTransactionAsync();
            Gate.IsHeld.Should().BeTrue();
            await transaction.DisposeAsync();
        }

        Gate.IsHeld.Should().BeFalse();
    }

    [Fact]
    public async Task SaveChanges_ManyContextsAtOnce_AllSucceedAndGateIsFree()
    {
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var scope = _database.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
            db.Organizations.Add(new Organization { Name = $"Org {i}", CreatedOn = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
        }));

        Gate.IsHeld.Should().BeFalse();
        (await _database.WithDbAsync(db => db.Organizations.CountAsync())).Should().Be(40);
    }

    [Fact]
    public async Task ExecuteUpdate_OutsideTransaction_IsGatedAndReleased()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        using var scope = _database.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var held = await Gate.EnterAsync();
        var update = db.Assessments.Where(a => a.Id == assessment.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, "Renamed"));

        await Task.Delay(200);
        update.IsCompleted.Should().BeFalse("the update waits for the gate");
        held.Dispose();
        (await update).Should().Be(1);
        Gate.IsHeld.Should().BeFalse();
    }
}
