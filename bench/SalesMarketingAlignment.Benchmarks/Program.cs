using BenchmarkDotNet.Running;
using SalesMarketingAlignment.Benchmarks;

// "http": the real app over HTTP (HttpMeasurement); "seed": only create the database files; otherwise BenchmarkDotNet.
if (args.Length > 0 && args[0] == "http")
{
    return await HttpMeasurement.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "submissions")
{
    return await SubmissionsMeasurement.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "seed")
{
    foreach (var size in args[1..].Select(int.Parse))
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (path, _) = await BenchDatabase.EnsureAsync(size);
        Console.WriteLine($"{path}: {watch.Elapsed.TotalSeconds:0.0} s");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
