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

    public const string Flag = "--demo";

    /// <summary>
    /// Whether the command line asks for demo mode, and the arguments without the flag. The flag has to go before the
    /// configuration reads the arguments: a bare "--demo" would otherwise take the next argument ("--urls") as its value.
    /// </summary>
    public static (bool Requested, string[] Remaining) TakeFlag(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Where(a => !string.Equals(a, Flag, StringComparison.OrdinalIgnoreCase)).ToArray();
        return (rest.Length != args.Length, rest);
    }
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

    /// <summary>The supported language of <paramref name="culture"/> ("ru" for ru-RU), else the default.</summary>
    public static string Closest(System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        return All.Contains(language) ? language : Default;
    }
}
