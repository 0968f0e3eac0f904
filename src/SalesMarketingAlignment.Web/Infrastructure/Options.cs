namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>"Bootstrap": an administrator created at start-up when missing (for unattended installs).</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}

/// <summary>"Demo": seeds a demo organization with results (also the --demo argument).</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";
    public bool Enabled { get; set; }

    /// <summary>Password of the demo accounts; when empty one is generated and printed at start-up.</summary>
    public string? Password { get; set; }
}

public static class Policies
{
    public const string Administrator = nameof(Administrator);

    /// <summary>Any signed-in user with a role: administrator, consultant or executive.</summary>
    public const string Staff = nameof(Staff);
}

public static class SupportedCultures
{
    public const string Default = "en";
    public static IReadOnlyList<string> All { get; } = ["en", "ru", "nl"];
}
