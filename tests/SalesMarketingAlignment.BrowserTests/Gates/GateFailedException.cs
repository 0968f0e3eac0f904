namespace SalesMarketingAlignment.BrowserTests.Gates;

/// <summary>A quality gate (accessibility, HTML validity, console and network health) found problems.</summary>
public sealed class GateFailedException(string gate, string page, IReadOnlyList<string> problems, string? artifactsFolder)
    : Exception(Describe(gate, page, problems, artifactsFolder))
{
    public string Gate { get; } = gate;

    public IReadOnlyList<string> Problems { get; } = problems;

    private static string Describe(string gate, string page, IReadOnlyList<string> problems, string? artifactsFolder) =>
        $"{gate} gate failed on {page} ({problems.Count} problem(s)):{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p))
        + (artifactsFolder is null ? "" : $"{Environment.NewLine}Screenshot and HTML: {artifactsFolder}");
}
