namespace SalesMarketingAlignment.Data.Entities;

/// <summary>The application's Identity roles.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Consultant = "Consultant";
    public const string Executive = "Executive";

    public static IReadOnlyList<string> All { get; } = [Administrator, Consultant, Executive];
}
