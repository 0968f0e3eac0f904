using BenchmarkDotNet.Attributes;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Pdf;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>Time of one full report after start-up (target: under 50 ms), and of 20 rendered at once.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private readonly PdfReportRenderer _renderer = new();
    private DiagnosticReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = ReportSample.Create();
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
}
