namespace SalesMarketingAlignment.Data;

/// <summary>Configuration section "Database". The connection string itself is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string Sqlite = "Sqlite";

    /// <summary>The EF Core provider; only "Sqlite" today (PostgreSQL is planned beside it).</summary>
    public string Provider { get; set; } = Sqlite;

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);
}
