using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Results;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>
/// The results loader's aggregate queries on one assessment of 10k, 100k and 1M responses (a SQLite file per size,
/// see <see cref="BenchDatabase"/>). Few iterations: one 1M operation takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class AggregateQueryBenchmarks
{
    private ServiceProvider _services = null!;
    private int _assessmentId;

    [Params(10_000, 100_000, 1_000_000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (path, id) = BenchDatabase.EnsureAsync(Responses).GetAwaiter().GetResult();
        _services = BenchDatabase.Services(path);
        _assessmentId = id;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    private async Task<T> WithDbAsync<T>(Func<AlignmentDbContext, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AlignmentDbContext>());
    }

    [Benchmark]
    public Task<int> CountTotals() => WithDbAsync(async db => (await db.CountTotalsAsync(_assessmentId)).Count);

    [Benchmark]
    public Task<int> CountAnswersSinglePass() => WithDbAsync(async db => (await db.CountAnswersAsync(_assessmentId)).Count);

    [Benchmark(Baseline = true)]
    public Task<int> CountAnswersUnionAll() => WithDbAsync(db => UnionAllAnswerCounts.CountAsync(db, _assessmentId));

    [Benchmark]
    public Task<long> LoadCounts() => WithDbAsync(async db => (await db.LoadCountsAsync(_assessmentId)).For(Domain.Department.Sales).Count);

    [Benchmark]
    public Task<long> LoadSnapshot() => WithDbAsync(async db => (await db.LoadSnapshotAsync(_assessmentId, CultureInfo.InvariantCulture))!.Results.SalesResponses);
}
