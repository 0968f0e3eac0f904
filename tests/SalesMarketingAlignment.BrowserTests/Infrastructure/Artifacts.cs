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

    /// <summary>A per-test folder, emptied first so that it only holds this run's files. Created on first write.</summary>
    public static string ForTest(string testName)
    {
        var folder = Path.Combine(Root, UnsafeFileChars().Replace(testName, "_"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    [GeneratedRegex(@"[^A-Za-z0-9_.-]")]
    private static partial Regex UnsafeFileChars();
}
