using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>
/// "invitations" mode: starts the real app (child process, Production settings) with a loopback SMTP server of this
/// process as its mail server; imports --import (10,000) invitations in one API request --runs times (a fresh list each
/// time), then invites --send (1,000) people and sends them their links, following the progress the page shows
/// (GET .../invitations/delivery) until every message is accepted by the server.
/// Usage: dotnet run -c Release --project bench/SalesMarketingAlignment.Benchmarks -- invitations [--import 10000] [--send 1000] [--runs 3] [--port 5188]
/// </summary>
public static class InvitationMeasurement
{
    private const string AdminEmail = "bench-admin@example.invalid";
    private const string AdminPassword = "benchmark password only";

    public static async Task<int> RunAsync(string[] args)
    {
        var import = HttpMeasurement.Option(args, "--import", 10_000);
        var send = HttpMeasurement.Option(args, "--send", 1_000);
        var runs = HttpMeasurement.Option(args, "--runs", 3);
        var port = HttpMeasurement.Option(args, "--port", 5188);
        var (seeded, assessmentId) = await BenchDatabase.EnsureAsync(1_000);
        var path = Path.Combine(Path.GetTempPath(), $"sma-bench-invitations-{Environment.ProcessId}.db");
        File.Copy(seeded, path, overwrite: true);
        await using var smtp = new LoopbackSmtpServer();

        var webDll = HttpMeasurement.WebAssemblyPath();
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
        start.Environment["App__PublicBaseUrl"] = "https://survey.example.com";
        foreach (var (key, value) in smtp.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var app = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            await HttpMeasurement.WaitUntilHealthyAsync(client, app);
            var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AdminEmail, password = AdminPassword });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var invitations = $"/api/v1/assessments/{assessmentId}/invitations";

            // Sending first, while only these people are invited and not sent to.
            await ImportAsync(client, invitations, send, "send");
            var watch = Stopwatch.StartNew();
            var started = await client.PostAsync($"{invitations}/send", null);
            if (started.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"Send answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
            }

            var polls = 0;
            DeliveryBody progress;
            do
            {
                await Task.Delay(100);
                polls++;
                progress = (await client.GetFromJsonAsync<DeliveryBody>($"{invitations}/delivery"))!;
            }
            while (!progress.Finished);

            watch.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Send {progress.Total} invitations: {progress.Sent} sent, {progress.Failed} failed, {smtp.Messages.Count} received by the SMTP server in {watch.Elapsed.TotalSeconds:0.00} s = {progress.Sent / watch.Elapsed.TotalSeconds:0} messages/s ({polls} progress polls)"));

            var times = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                times.Add(await ImportAsync(client, invitations, import, $"run{run}"));
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Import {import:N0} invitations in one request: median {HttpMeasurement.Percentile(times, 0.5):0} ms, min {times[0]:0} ms, max {times[^1]:0} ms ({runs} runs); app working set {app.WorkingSet64 / 1024 / 1024} MB"));
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

    /// <returns>Milliseconds for the one request.</returns>
    private static async Task<double> ImportAsync(HttpClient client, string url, int count, string tag)
    {
        var emails = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"person{i:00000}.{tag}@bench.example")).ToArray();
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync(url, new { department = "Sales", emails });
        watch.Stop();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private sealed record TokenBody(string AccessToken);

    private sealed record DeliveryBody(int Total, int Sent, int Failed, bool Finished);
}
