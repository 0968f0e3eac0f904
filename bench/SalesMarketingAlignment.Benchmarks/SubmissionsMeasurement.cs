using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Tests.Shared;
using SalesMarketingAlignment.Web.Tests.Infrastructure.ScaleOut;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>
/// "submissions" mode: survey submissions per second and their latency (p50, p99) through nginx, with 32 and 256
/// concurrent connections, on one SQLite instance, one PostgreSQL instance and two PostgreSQL instances, in one run.
/// PostgreSQL is a throwaway cluster with durable commits (fsync on), SQLite runs with synchronous=FULL: both answer
/// only after the response is on disk.
/// Usage: dotnet bench/.../SalesMarketingAlignment.Benchmarks.dll submissions [--seconds 10] [--connections 32,256]
/// </summary>
public static class SubmissionsMeasurement
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = int.Parse(Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        var connections = (Option(args, "--connections") ?? "32,256").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        Environment.SetEnvironmentVariable("SMA_POSTGRES_DURABLE", "1");
        var web = HttpMeasurement.WebAssemblyPath();
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| database | instances | connections | submissions/s | p50 ms | p99 ms | failed |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (provider, instances) in new[] { (DatabaseOptions.Sqlite, 1), (DatabaseOptions.Postgres, 1), (DatabaseOptions.Postgres, 2) })
        {
            var sqlitePath = Path.Combine(Path.GetTempPath(), $"sma-bench-submissions-{Guid.NewGuid():N}.db");
            var connectionString = provider == DatabaseOptions.Postgres ? await TestPostgres.CreateDatabaseAsync() : $"Data Source={sqlitePath}";
            var settings = new Dictionary<string, string>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:Default"] = connectionString,
                ["AllowedHosts"] = "127.0.0.1",
                ["Api:AnonymousPermitsPerMinute"] = "1000000000",
                // One client address sends everything: lift the per-address survey limit (issue 11).
                ["RateLimits:SurveyResponsesPerMinute"] = "100000000",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            var apps = Enumerable.Range(1, instances).Select(i => new AppInstance($"{provider}-{i}", settings, web)).ToList();
            try
            {
                await Task.WhenAll(apps.Select(a => a.StartAsync()));
                var token = await SeedAsync(provider, connectionString);
                await using var proxy = new NginxProxy();
                await proxy.StartAsync(apps);
                foreach (var count in connections)
                {
                    var (rate, p50, p99, failed) = await LoadAsync(proxy.BaseAddress, token, count, TimeSpan.FromSeconds(seconds));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {(provider == DatabaseOptions.Postgres ? "PostgreSQL 15" : "SQLite")} | {instances} | {count} | {rate:0} | {p50:0} | {p99:0} | {failed} |"));
                }
            }
            finally
            {
                foreach (var app in apps)
                {
                    await app.DisposeAsync();
                }

                if (provider == DatabaseOptions.Postgres)
                {
                    await TestPostgres.DropDatabaseAsync(connectionString);
                }
                else
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    foreach (var suffix in new[] { "", "-wal", "-shm" })
                    {
                        File.Delete(sqlitePath + suffix);
                    }
                }
            }
        }

        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static async Task<string> SeedAsync(string provider, string connectionString)
    {
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddAlignmentData(provider, _ => connectionString).BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var assessment = new Assessment
        {
            Organization = new Organization { Name = "Bench Ltd", CreatedOn = new DateOnly(2026, 1, 5) },
            Title = "Bench round",
            Status = AssessmentStatus.Open,
            CreatedOn = new DateOnly(2026, 1, 5),
            CreatedBy = "bench",
            Links = [new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() }],
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment.Links[0].Token;
    }

    /// <summary>Each connection posts one submission after another for the duration (after 2 s of warm-up).</summary>
    private static async Task<(double Rate, double P50, double P99, int Failed)> LoadAsync(Uri proxy, string token, int connections, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = proxy, Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new ConcurrentBag<double>();
        var failed = 0;
        var warmUpEnds = DateTime.UtcNow.AddSeconds(2);
        var ends = warmUpEnds + duration;

        async Task LoopAsync(int seed)
        {
            var random = new Random(seed);
            while (DateTime.UtcNow < ends)
            {
                var body = new { role = "Staff", answers = Enumerable.Range(0, 20).Select(_ => random.Next(1, 6)).ToArray() };
                var watch = Stopwatch.StartNew();
                var ok = false;
                try
                {
                    using var response = await client.PostAsJsonAsync($"/api/v1/surveys/{token}/responses", body);
                    ok = response.StatusCode is HttpStatusCode.Created;
                }
                catch (HttpRequestException)
                {
                }

                var counted = DateTime.UtcNow > warmUpEnds && DateTime.UtcNow <= ends;
                if (counted && ok)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
                else if (counted)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => LoopAsync(i))));
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return (sorted.Length / duration.TotalSeconds, Percentile(0.50), Percentile(0.99), failed);
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
