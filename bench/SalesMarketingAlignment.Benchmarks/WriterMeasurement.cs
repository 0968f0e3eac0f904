using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>
/// "writer" mode: the SurveyResponseWriter alone, in process, without HTTP: <c>--clients</c> callers each submitting
/// one response after another (as many waiting at once as HTTP connections would), on a copy of the 10,000-response
/// file. Prints submissions a second, process CPU per submission and the mean batch size, to see what the serialized
/// work around each commit costs (docs/performance.md). Usage: ... writer [--count 20000] [--clients 32]
/// </summary>
public static class WriterMeasurement
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 20_000);
        var clients = Option(args, "--clients", 32);
        var (seeded, assessmentId) = await BenchDatabase.EnsureAsync(10_000);
        var path = Path.Combine(Path.GetTempPath(), $"sma-writer-{Environment.ProcessId}.db");
        File.Copy(seeded, path, overwrite: true);
        try
        {
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton(TimeProvider.System)
                .AddAlignmentData(DatabaseOptions.Sqlite, _ => BenchDatabase.ConnectionString(path))
                .BuildServiceProvider();
            var writer = services.GetRequiredService<SurveyResponseWriter>();
            await writer.StartAsync(CancellationToken.None);
            var random = new Random(1);
            NewResponse Next() => new(
                assessmentId,
                random.Next(10) < 6 ? Department.Sales : Department.Marketing,
                random.Next(10) == 0 ? RespondentRole.Head : RespondentRole.Staff,
                SurveyAnswers.Create(Enumerable.Range(0, 20).Select(_ => random.Next(1, 6)).ToArray()),
                Guid.NewGuid());
            var warmUp = Enumerable.Range(0, 2_000).Select(_ => Next()).ToList();
            var measured = Enumerable.Range(0, count).Select(_ => Next()).ToList();

            await RunClientsAsync(writer, warmUp, clients);
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var batchesBefore = writer.CommittedBatches;
            var watch = Stopwatch.StartNew();
            await RunClientsAsync(writer, measured, clients);
            watch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var batches = writer.CommittedBatches - batchesBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"writer: {count} submissions, {clients} clients: {count / watch.Elapsed.TotalSeconds:0} /s, CPU {cpu / count:0.000} ms per submission, {batches} batches (mean {(double)count / batches:0.0}), load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            await writer.StopAsync(CancellationToken.None);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }

        return 0;
    }

    private static async Task RunClientsAsync(SurveyResponseWriter writer, List<NewResponse> submissions, int clients)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < submissions.Count)
            {
                var result = await writer.SubmitAsync(submissions[index]);
                if (result.Outcome != SubmissionOutcome.Stored)
                {
                    throw new InvalidOperationException($"Submission {index}: {result.Outcome}.");
                }
            }
        })));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
