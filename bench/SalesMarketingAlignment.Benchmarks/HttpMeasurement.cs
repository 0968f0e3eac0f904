using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>
/// "http" mode: seeds (or reuses) a SQLite file, starts the real web app on a copy of it as a child process on a
/// loopback port, signs in as a bootstrap administrator, and times sequential GETs of the assessment page, the results
/// endpoint and the two CSV downloads, with the app's working set before and after; then survey submissions through
/// the API, one at a time and as a burst. The copy keeps the seeded file at its size for the next run.
/// Usage: dotnet run -c Release --project bench/SalesMarketingAlignment.Benchmarks -- http --responses 100000 [--requests 30] [--port 5187]
/// </summary>
public static partial class HttpMeasurement
{
    private const string AdminEmail = "bench-admin@example.invalid";
    private const string AdminPassword = "benchmark password only";

    public static async Task<int> RunAsync(string[] args)
    {
        var responses = Option(args, "--responses", 100_000);
        var requests = Option(args, "--requests", 30);
        var port = Option(args, "--port", 5187);
        var seedWatch = Stopwatch.StartNew();
        var (seeded, assessmentId) = await BenchDatabase.EnsureAsync(responses);
        Console.WriteLine($"Database {seeded} ({new FileInfo(seeded).Length / 1024 / 1024} MB) ready in {seedWatch.Elapsed.TotalSeconds:0.0} s; assessment {assessmentId}, {responses:N0} responses.");
        var path = Path.Combine(Path.GetTempPath(), $"sma-bench-run-{Environment.ProcessId}.db");
        File.Copy(seeded, path, overwrite: true);
        var salesToken = await SalesTokenAsync(path);

        var webDll = WebAssemblyPath();
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = BenchDatabase.ConnectionString(path);
        start.Environment["Bootstrap__AdminEmail"] = AdminEmail;
        start.Environment["Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The submission series sends more than the anonymous rate limit allows one client in a minute.
        start.Environment["Api__AnonymousPermitsPerMinute"] = "1000000";
        // One client address sends everything: lift the per-address survey limit (issue 11) for the measurement.
        start.Environment["RateLimits__SurveyResponsesPerMinute"] = "100000000";
        using var app = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
            using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            await WaitUntilHealthyAsync(client, app);
            await SignInAsync(client);
            Console.WriteLine($"App working set after start and sign-in: {WorkingSetMb(app):0} MB");
            Console.WriteLine($"{"GET",-48} {"n",4} {"median ms",10} {"p95 ms",8} {"min",7} {"max",7} {"bytes",12} {"WS after MB",12} {"app CPU ms/req",12}");
            await TimeAsync(client, app, $"/Assessments/{assessmentId}", requests);
            await TimeAsync(client, app, $"/api/v1/assessments/{assessmentId}/results", requests);
            await TimeAsync(client, app, $"/api/v1/assessments/{assessmentId}/statements.csv", requests);
            await TimeAsync(client, app, $"/api/v1/assessments/{assessmentId}/responses.csv", Math.Min(requests, 3));
            await TimeSubmissionsAsync(client, app, salesToken, sequential: 100, burst: 256);
            Console.WriteLine($"App working set at the end: {WorkingSetMb(app):0} MB (peak {PeakWorkingSetMb(app):0} MB)");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }

        return 0;
    }

    /// <summary>
    /// Survey submissions through the API: <paramref name="sequential"/> one after another (each waits for its commit
    /// and fsync), then <paramref name="burst"/> at once (the writer's group commit). The first submission is a warm-up.
    /// </summary>
    private static async Task TimeSubmissionsAsync(HttpClient client, Process app, string token, int sequential, int burst)
    {
        var url = $"/api/v1/surveys/{token}/responses";
        var random = new Random(1);
        async Task<double> SubmitAsync()
        {
            var answers = string.Join(",", Enumerable.Range(0, 20).Select(_ => random.Next(1, 6).ToString(CultureInfo.InvariantCulture)));
            using var content = new StringContent($"{{\"role\":\"Staff\",\"answers\":[{answers}]}}", System.Text.Encoding.UTF8, "application/json");
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync(url, content);
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Submission answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return watch.Elapsed.TotalMilliseconds;
        }

        await SubmitAsync();
        app.Refresh();
        var cpuBefore = app.TotalProcessorTime;
        var times = new List<double>(sequential);
        for (var i = 0; i < sequential; i++)
        {
            times.Add(await SubmitAsync());
        }

        app.Refresh();
        var cpuPerSubmission = (app.TotalProcessorTime - cpuBefore).TotalMilliseconds / sequential;
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"POST " + "/api/v1/surveys/{token}/responses",-48} {times.Count,4} {Percentile(times, 0.5),10:0.0} {Percentile(times, 0.95),8:0.0} {times[0],7:0.0} {times[^1],7:0.0} {"one at a time",12} {WorkingSetMb(app),12:0} {cpuPerSubmission,12:0.0}"));

        cpuBefore = app.TotalProcessorTime;
        var burstWatch = Stopwatch.StartNew();
        var burstTimes = (await Task.WhenAll(Enumerable.Range(0, burst).Select(_ => SubmitAsync()))).ToList();
        burstWatch.Stop();
        app.Refresh();
        burstTimes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{$"POST burst of {burst} at once",-48} {burst,4} {Percentile(burstTimes, 0.5),10:0.0} {Percentile(burstTimes, 0.95),8:0.0} {burstTimes[0],7:0.0} {burstTimes[^1],7:0.0} {burst / burstWatch.Elapsed.TotalSeconds,8:0}/s   {WorkingSetMb(app),12:0} {(app.TotalProcessorTime - cpuBefore).TotalMilliseconds / burst,12:0.0}"));
    }

    private static async Task<string> SalesTokenAsync(string path)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(BenchDatabase.ConnectionString(path) + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Token\" FROM \"SurveyLinks\" WHERE \"Department\" = 1 LIMIT 1";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task TimeAsync(HttpClient client, Process app, string url, int count)
    {
        var times = new List<double>(count);
        long bytes = 0;
        var cpuBefore = TimeSpan.Zero;
        for (var i = 0; i < count + 1; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Console.WriteLine($"{url,-48} answered {(int)response.StatusCode}: not measured (endpoint not on this branch yet?)");
                return;
            }

            // Read the body as a stream: the client itself must not buffer a 1M-row CSV.
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long read = 0;
            int n;
            while ((n = await body.ReadAsync(buffer)) > 0)
            {
                read += n;
            }

            watch.Stop();
            bytes = read;
            // The first request pays JIT and caches; it is a warm-up, not a sample.
            if (i == 0)
            {
                app.Refresh();
                cpuBefore = app.TotalProcessorTime;
            }
            else
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        app.Refresh();
        // CPU the app spent per request: less distorted than wall time when other processes share the cores.
        var cpuPerRequest = (app.TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{url,-48} {times.Count,4} {Percentile(times, 0.5),10:0.0} {Percentile(times, 0.95),8:0.0} {times[0],7:0.0} {times[^1],7:0.0} {bytes,12:N0} {WorkingSetMb(app),12:0} {cpuPerRequest,12:0.0}"));
    }

    internal static double Percentile(List<double> sorted, double p)
    {
        // Nearest-rank on the sorted samples.
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static double WorkingSetMb(Process app)
    {
        app.Refresh();
        return app.WorkingSet64 / 1024.0 / 1024.0;
    }

    private static double PeakWorkingSetMb(Process app)
    {
        app.Refresh();
        return app.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    internal static async Task WaitUntilHealthyAsync(HttpClient client, Process app)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {app.ExitCode}.");
            }

            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The web app did not become healthy within 2 minutes.");
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var login = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(login).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Email"] = AdminEmail,
            ["Input.Password"] = AdminPassword,
        });
        var response = await client.PostAsync("/Account/Login", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}.");
        }
    }

    internal static string WebAssemblyPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SalesMarketingAlignment.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Run from inside the repository.");
        }

#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = Path.Combine(directory.FullName, "src", "SalesMarketingAlignment.Web", "bin", configuration, "net10.0", "SalesMarketingAlignment.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first (dotnet build -c " + configuration + ").", dll);
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
