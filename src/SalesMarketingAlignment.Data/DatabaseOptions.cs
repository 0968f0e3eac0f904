using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SalesMarketingAlignment.Data;

/// <summary>Configuration section "Database". The connection string itself is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string Sqlite = "Sqlite";

    /// <summary>The EF Core provider; only "Sqlite" today (PostgreSQL is planned beside it).</summary>
    [Required]
    public string Provider { get; set; } = Sqlite;

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Stops the app at start on a provider it cannot use, naming the setting and the value.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsSqlite
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is '{options.Provider}', which is not supported; use '{DatabaseOptions.Sqlite}'.");
    }
}
