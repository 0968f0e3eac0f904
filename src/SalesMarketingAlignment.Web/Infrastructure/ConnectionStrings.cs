using Microsoft.Data.Sqlite;

namespace SalesMarketingAlignment.Web.Infrastructure;

public static class ConnectionStrings
{
    public const string Name = "Default";

    /// <summary>ConnectionStrings:Default, or a SQLite file in App_Data under the content root; creates the file's folder.</summary>
    public static string Resolve(IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetConnectionString(Name);
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
