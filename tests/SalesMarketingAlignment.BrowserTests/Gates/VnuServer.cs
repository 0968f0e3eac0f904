using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// One Nu HTML Checker web service (vnu.jar's nu.validator.servlet.Main on loopback) for the whole test run: the JVM
/// and its schemas load once, then each document takes a fraction of a second instead of a JVM start (2-5 s here).
/// It is started in the background when the first browser fixture starts and stopped when the test process exits;
/// a shell watchdog stops it too if the test process is killed.
/// </summary>
internal sealed class VnuServer
{
    private static readonly Lazy<Task<VnuServer>> Shared = new(StartAsync);

    private VnuServer(Uri address) => Address = address;

    public Uri Address { get; }

    /// <summary>The shared server, started on first use; later calls wait for the same start.</summary>
    public static Task<VnuServer> GetAsync() => Shared.Value;

    private static async Task<VnuServer> StartAsync()
    {
        var port = FreeLoopbackPort();
        // Same JVM tuning as a one-off run: C1 only and the serial GC start faster; C1 needs the larger stack.
        var java = $"java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss16m -Dnu.validator.servlet.bind-address=127.0.0.1 "
            + $"-cp '{HtmlChecker.VnuJarPath}' nu.validator.servlet.Main {port}";
        var log = Path.Combine(Path.GetTempPath(), $"sma-vnu-{port}.log");
        var watchdog = $"{java} >'{log}' 2>&1 & j=$!; trap 'kill $j' TERM; "
            + $"while kill -0 {Environment.ProcessId} 2>/dev/null && kill -0 $j 2>/dev/null; do sleep 1; done; kill $j 2>/dev/null";
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(watchdog);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Nu HTML Checker.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);

        var address = new Uri($"http://127.0.0.1:{port}/");
        using var probe = CreateClient(TimeSpan.FromSeconds(5));
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The Nu HTML Checker exited at start with code {process.ExitCode}: {ReadLog(log)}");
            }

            try
            {
                using var response = await probe.GetAsync(address);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new VnuServer(address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still loading.
            }

            await Task.Delay(250);
        }

        Stop(process);
        throw new InvalidOperationException($"The Nu HTML Checker did not answer within 90 s: {ReadLog(log)}");
    }

    /// <summary>An HTTP client for the service, which answers 400 to requests without a User-Agent.</summary>
    public static HttpClient CreateClient(TimeSpan timeout)
    {
        var client = new HttpClient { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("SalesMarketingAlignment.BrowserTests");
        return client;
    }

    private static string ReadLog(string log) => File.Exists(log) ? File.ReadAllText(log) : "(no log)";

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
