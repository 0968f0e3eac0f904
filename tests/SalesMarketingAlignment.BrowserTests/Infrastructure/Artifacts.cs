using System.Text.RegularExpressions;

namespace SalesMarketingAlignment.BrowserTests.Infrastructure;

/// <summary>
/// Where a failing browser test leaves its screenshot and HTML: bin/&lt;Configuration&gt;/net10.0/artifacts/&lt;test&gt;-&lt;device&gt;/,
/// or $BROWSER_TESTS_ARTIFACTS/&lt;test&gt;-&lt;device&gt;/ when that variable is set (CI can collect it).
/// </summary>
public static partial class Artifacts
{
    public static string Root =>
        Environment.GetEnvironmentVariable("BROWSER_TESTS_ARTIFACTS") is { Length: > 0 } root
            ? root
            : Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static readonly HashSet<string> Claimed = [];

    /// <summary>
    /// A per-session folder, emptied first so that it only holds this run's files; a second session of the same
    /// test (two users in one journey) gets "-2" and so on. Created on first write.
    /// </summary>
    public static string ForTest(string testName)
    {
        var baseName = UnsafeFileChars().Replace(testName, "_");
        string folder;
        lock (Claimed)
        {
            var name = baseName;
            for (var n = 2; !Claimed.Add(name); n++)
            {
                name = $"{baseName}-{n}";
            }

            folder = Path.Combine(Root, name);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    [GeneratedRegex(@"[^A-Za-z0-9_.-]")]
    private static partial Regex UnsafeFileChars();
}
