using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SalesMarketingAlignment.Data;

/// <summary>Configuration section "Database". The connection string itself is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>The EF Core provider: "Sqlite" (default, one app instance) or "Postgres" (one or several instances).</summary>
    [Required]
    public string Provider { get; set; } = Sqlite;

    public bool IsSqlite => IsProvider(Provider, Sqlite);

    public bool IsPostgres => IsProvider(Provider, Postgres);

    public static bool IsProvider(string? configured, string provider) => string.Equals(configured, provider, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Stops the app at start on a provider it cannot use, naming the setting and the value.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsSqlite || options.IsPostgres
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is '{options.Provider}', which is not supported; use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}'.");
    }
}
