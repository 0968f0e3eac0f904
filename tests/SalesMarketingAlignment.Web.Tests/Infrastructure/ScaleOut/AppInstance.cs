using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure.ScaleOut;

/// <summary>
/// The app as a separate process (the built SalesMarketingAlignment.Web.dll next to the tests), on a loopback port,
/// configured by environment variables as a deployment would be. It can be stopped gracefully (SIGTERM, as systemd
/// does), killed (SIGKILL) and started again on the same port.
/// </summary>
/// <param name="webAssembly">SalesMarketingAlignment.Web.dll; by default the one next to the tests.</param>
public sealed class AppInstance(string name, IReadOnlyDictionary<string, string> settings, string? webAssembly = null) : IAsyncDisposable
{
    private readonly string _webAssembly = webAssembly ?? Path.Combine(AppContext.BaseDirectory, "SalesMarketingAlignment.Web.dll");

    private Process? _process;

    public string Name { get; } = name;

    public int Port { get; } = FreeLoopbackPort();

    public string Address => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(_webAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(_webAssembly);
        start.Environment["ASPNETCORE_URLS"] = $"http://{Address}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The project folder, as a published app's folder would be: wwwroot (the stylesheet) and appsettings.json.
        start.Environment["ASPNETCORE_CONTENTROOT"] = WebProjectFolder();
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start)!;
        // Drained so that a full pipe never blocks the app; kept out of the test output.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} exited at start with code {_process.ExitCode}.");
            }

            try
            {
                if ((await client.GetAsync(new Uri($"http://{Address}/healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Instance {Name} did not answer /healthz within 90 s.");
    }

    /// <summary>SIGTERM, then waits for the process to finish what it accepted and exit.</summary>
    public async Task StopGracefullyAsync()
    {
        var process = _process ?? throw new InvalidOperationException("Not started.");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        process.Dispose();
        _process = null;
    }

    /// <summary>SIGKILL: no shutdown at all, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("Not started.");
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillAsync();
        }

        _process?.Dispose();
    }

    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "SalesMarketingAlignment.Web");
            if (Directory.Exists(Path.Combine(candidate, "wwwroot")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/SalesMarketingAlignment.Web not found above " + AppContext.BaseDirectory);
    }

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
