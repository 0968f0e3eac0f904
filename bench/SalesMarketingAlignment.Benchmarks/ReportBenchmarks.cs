using System.Globalization;
using BenchmarkDotNet.Attributes;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>Time of one full report after start-up (target: under 50 ms), and of 20 rendered at once.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private readonly PdfReportRenderer _renderer = new();
    private DiagnosticReport _report = null!;
    private ReportInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = ReportSample.Create();
        _input = BuilderInput();
        // The first document pays PDFsharp's start-up (fonts, JIT); the benchmark measures the steady state.
        _renderer.Render(_report);
    }

    [Benchmark]
    public int RenderOneReport() => _renderer.Render(_report).Length;

    [Benchmark]
    public int RenderTwentyInParallel()
    {
        var sizes = new int[20];
        Parallel.For(0, sizes.Length, i => sizes[i] = _renderer.Render(_report).Length);
        return sizes.Sum();
    }

    /// <summary>The builder alone: domain results and recommendation to the report model.</summary>
    [Benchmark]
    public int BuildOneReport() => DiagnosticReportBuilder.Build(_input).Statements.Count;

    /// <summary>What the endpoint does after loading: build, then render.</summary>
    [Benchmark]
    public int BuildAndRenderOneReport() => _renderer.Render(DiagnosticReportBuilder.Build(_input)).Length;

    private static ReportInput BuilderInput()
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        static ResponseCounts Answers(int respondents, int centre) =>
            ResponseCounts.FromAnswers(Enumerable.Range(0, respondents).Select(r =>
                SurveyAnswers.Create(Enumerable.Range(1, 20).Select(s => Math.Clamp(centre + ((s + r) % 3) - 1 + (s <= r ? 1 : 0), 1, 5)).ToArray())));
        var results = AssessmentResults.Compute(Answers(14, 3), Answers(9, 3), AnonymityRule.Default);
        string[] held = ["market-commoditized", "common-funnel-possible"];
        return new ReportInput
        {
            Results = results,
            Recommendation = RecommendationEngine.Recommend(results, held),
            ConditionIdsThatHold = held,
            Ticks = new Dictionary<string, TaskTick> { ["ps-shared-databases"] = new("Tom Okafor", new DateOnly(2026, 4, 28)) },
            OrganizationName = "Northwind Components Ltd",
            AssessmentTitle = "Sales and Marketing alignment, spring 2026",
            OpenedOn = new DateOnly(2026, 3, 2),
            ClosedOn = new DateOnly(2026, 4, 30),
            PreparedBy = "Harriet Vance",
            PreparedOn = new DateOnly(2026, 5, 6),
            Culture = culture,
        };
    }
}
