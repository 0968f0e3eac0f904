using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SalesMarketingAlignment.BrowserTests.Infrastructure;

/// <summary>
/// The real web app on Kestrel, on a free loopback port, with its own temporary SQLite file.
/// Use it as a collection fixture (see <see cref="BrowserCollectionDefinition"/>); for a different configuration
/// derive from it and override <see cref="Settings"/>, or call <see cref="StartAsync"/> for a one-off server.
/// </summary>
public class AppServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _dataDirectory =
        Path.Combine(Path.GetTempPath(), "sma-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _extraSettings;
    private KestrelAppFactory? _factory;

    public AppServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected AppServer(IDictionary<string, string?> extraSettings) =>
        _extraSettings = new Dictionary<string, string?>(extraSettings);

    /// <summary>Root URL without a trailing slash, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Full path of this server's SQLite database file.</summary>
    public string DatabasePath => Path.Combine(_dataDirectory, "app.db");

    /// <summary>The app's service provider, to read or seed state the way the app itself would.</summary>
    public IServiceProvider Services =>
        _factory?.Services ?? throw new InvalidOperationException("The server has not been started.");

    /// <summary>
    /// Configuration given to the app on top of its own (the database connection string is always set).
    /// Override to add keys such as Bootstrap:AdminEmail or Demo:Enabled.
    /// </summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => _extraSettings;

    /// <summary>Starts a server with extra configuration; dispose it when the test is done.</summary>
    public static async Task<AppServer> StartAsync(IDictionary<string, string?> settings)
    {
        var server = new AppServer(settings);
        await server.InitializeAsync();
        return server;
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
            // Request logs would drown the test output; warnings and errors still show.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        _factory = new KestrelAppFactory(settings);
        _factory.UseKestrel(0);
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var address = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        // Kestrel may report the wildcard form; the browser needs a concrete loopback host.
        BaseUrl = new UriBuilder(address) { Host = "127.0.0.1" }.Uri.ToString().TrimEnd('/');
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left in the temp folder; it does not affect other runs (unique folder).
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    // UseKestrel/StartServer only take effect on an instance of a subclass, not on a WithWebHostBuilder copy.
    private sealed class KestrelAppFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // UseSetting (not ConfigureAppConfiguration) so that Program sees the values before builder.Build().
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
