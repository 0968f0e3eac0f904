using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>
/// The response headers of a page, checked the way Mozilla's HTTP Observatory grades them: a Content-Security-Policy
/// without 'unsafe-inline' or 'unsafe-eval' (scripts and styles by nonce or from files), with object-src 'none' (or a
/// default-src 'none'/'self' that covers it), base-uri and frame-ancestors; X-Content-Type-Options: nosniff; a
/// Referrer-Policy that does not leak the path to other sites; and, on https, Strict-Transport-Security for at least
/// a year (ASVS 5.0 3.4.1; the Observatory asks for six months). Over plain http (the test server) HSTS is not sent
/// and not expected: browsers ignore it there.
/// </summary>
public static partial class SecurityHeadersGate
{
    public const int MinimumHstsSeconds = 31_536_000;

    private static readonly string[] SafeReferrerPolicies = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

    /// <param name="headers">Response headers, names in any case.</param>
    public static IReadOnlyList<string> FindProblems(string url, IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(headers);
        var byName = headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value, StringComparer.Ordinal);
        var problems = new List<string>();

        if (!byName.TryGetValue("content-security-policy", out var csp) || string.IsNullOrWhiteSpace(csp))
        {
            problems.Add("Content-Security-Policy is missing");
        }
        else
        {
            var directives = csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => d.Split(' ', 2, StringSplitOptions.TrimEntries))
                .GroupBy(d => d[0].ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Length > 1 ? g.First()[1] : "", StringComparer.Ordinal);
            foreach (var unsafeSource in new[] { "'unsafe-inline'", "'unsafe-eval'" })
            {
                if (csp.Contains(unsafeSource, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"Content-Security-Policy allows {unsafeSource}: {csp}");
                }
            }

            var defaultSource = directives.GetValueOrDefault("default-src");
            if (defaultSource is null && !directives.ContainsKey("script-src"))
            {
                problems.Add("Content-Security-Policy has neither default-src nor script-src");
            }

            if (directives.GetValueOrDefault("object-src") is not "'none'" && defaultSource is not "'none'")
            {
                problems.Add("Content-Security-Policy lacks object-src 'none'");
            }

            if (directives.GetValueOrDefault("frame-ancestors") is not ("'none'" or "'self'"))
            {
                problems.Add("Content-Security-Policy lacks frame-ancestors 'none' (or 'self')");
            }

            if (!directives.ContainsKey("base-uri"))
            {
                problems.Add("Content-Security-Policy lacks base-uri");
            }
        }

        if (!string.Equals(byName.GetValueOrDefault("x-content-type-options"), "nosniff", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("X-Content-Type-Options: nosniff is missing");
        }

        var referrer = byName.GetValueOrDefault("referrer-policy")?.Split(',').Last().Trim().ToLowerInvariant();
        if (referrer is null || !SafeReferrerPolicies.Contains(referrer))
        {
            problems.Add($"Referrer-Policy is {(referrer is null ? "missing" : referrer)}; expected one of {string.Join(", ", SafeReferrerPolicies)}");
        }

        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var hsts = byName.GetValueOrDefault("strict-transport-security");
            var maxAge = hsts is null ? null : MaxAge().Match(hsts) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : (long?)null;
            if (maxAge is not >= MinimumHstsSeconds)
            {
                problems.Add($"Strict-Transport-Security with max-age of at least {MinimumHstsSeconds} s is missing on https (got: {hsts ?? "none"})");
            }
        }

        return problems;
    }

    [GeneratedRegex(@"max-age\s*=\s*""?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAge();
}
