using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SalesMarketingAlignment.Tests.Shared;

/// <summary>
/// A PostgreSQL server for the tests: the one named by <c>SMA_TEST_POSTGRES</c> (a connection string with the right to
/// create databases), otherwise a throwaway cluster started once per test process from Debian's binaries
/// (scripts/ensure-test-prerequisites.sh installs them): initdb in a temporary folder, as the postgres user when the
/// tests run as root, listening on a free loopback port only, without fsync (nothing in it outlives the run), and
/// stopped with the process. Each test gets a database of its own, copied from a migrated template.
/// </summary>
internal static class TestPostgres
{
    public const string ServerVariable = "SMA_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartServerAsync);

    /// <summary>A connection string to the server's maintenance database (to create and drop databases).</summary>
    public static Task<string> ServerConnectionStringAsync() => Server.Value;

    /// <summary>A new empty database; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var server = await Server.Value;
        var name = "sma_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template}"));
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still holds a connection to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(await Server.Value, $"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    /// <summary>The database's name in a connection string (to use it as a template).</summary>
    public static string DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var bin = FindBinaries();
        var folder = Directory.CreateTempSubdirectory("sma-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb and postgres refuse to run as root.
            await RunAsync("chown", "postgres:", folder);
        }

        var port = FreeLoopbackPort();
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -U postgres -A trust -E UTF8 --locale=C --no-sync");
        // Without fsync by default (nothing outlives the run); SMA_POSTGRES_DURABLE=1 keeps the server's defaults, for
        // the benchmark's comparison with SQLite at synchronous=FULL.
        var durability = Environment.GetEnvironmentVariable("SMA_POSTGRES_DURABLE") == "1" ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var settings = $"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c max_connections=400{durability}";
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -l {folder}/server.log -w -t 60 -o \"{settings}\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // One command: the test host may end this process before a second step would run.
            RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate -w stop; rm -rf {folder}").GetAwaiter().GetResult();
        };

        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    /// <summary>PG_BIN, or the newest /usr/lib/postgresql/*/bin that has initdb.</summary>
    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run scripts/ensure-test-prerequisites.sh, or set {ServerVariable} to a server's connection string.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a shell command line, as the postgres user when the tests run as root.</summary>
    private static Task RunAsPostgresAsync(bool asRoot, string program, string arguments) =>
        asRoot
            ? RunAsync("su", "postgres", "-s", "/bin/sh", "-c", $"{program} {arguments}")
            : RunAsync("/bin/sh", "-c", $"{program} {arguments}");

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
