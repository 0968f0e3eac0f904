using Microsoft.Data.Sqlite;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Infrastructure;

public static class ConnectionStrings
{
    public const string Name = "Default";

    /// <summary>
    /// ConnectionStrings:Default, or a SQLite file in App_Data under the content root; on SQLite creates the file's
    /// folder. PostgreSQL needs the setting (there is no default server).
    /// </summary>
    public static string Resolve(IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetConnectionString(Name);
        if (DatabaseOptions.IsProvider(configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"], DatabaseOptions.Postgres))
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException(
                    $"ConnectionStrings:{Name} is required with {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} = {DatabaseOptions.Postgres}, e.g. \"Host=localhost;Database=alignment;Username=alignment;Password=...\".")
                : configured;
        }

        var connectionString = string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "alignment.db")}"
            : configured;

        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource, environment.ContentRootPath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return connectionString;
    }
}

/// <summary>The connection string, resolved once.</summary>
public sealed record DatabaseConnection(string ConnectionString);
