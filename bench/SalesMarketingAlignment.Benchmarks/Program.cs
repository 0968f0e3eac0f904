using BenchmarkDotNet.Running;
using SalesMarketingAlignment.Benchmarks;

// "baseline": the naive submission endpoint (NaiveBaseline). "http": the real app over HTTP (HttpMeasurement); "seed": only create the database files; otherwise BenchmarkDotNet.
if (args.Length > 0 && args[0] == "http")
{
    return await HttpMeasurement.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "writer")
{
    return await WriterMeasurement.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "baseline")
{
    return await NaiveBaseline.RunAsync(args[1..]);
}

// "submissions-db <copy.db> [responses]": a copy of the seeded file for one submission run; prints the Sales link's token.
if (args.Length > 1 && args[0] == "submissions-db")
{
    var (seeded, _) = await BenchDatabase.EnsureAsync(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    File.Copy(seeded, args[1], overwrite: true);
    await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={args[1]};Pooling=False");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT \"Token\" FROM \"SurveyLinks\" WHERE \"Department\" = 1 LIMIT 1";
    Console.WriteLine(await command.ExecuteScalarAsync());
    return 0;
}

if (args.Length > 0 && args[0] == "invitations")
{
    return await InvitationMeasurement.RunAsync(args[1..]);
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
