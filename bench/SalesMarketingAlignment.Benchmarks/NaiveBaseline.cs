using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>
/// "baseline" mode: the naive design the app's submission path is compared with (bench/submissions/run.sh). A minimal
/// ASP.NET Core endpoint with the app's URL and body that validates the answers and stores each submission with ONE
/// INSERT on a pooled connection at synchronous=FULL, one request at a time behind a semaphore (SQLite has one writer).
/// No tallies, no idempotency check, no group commit: what a first version would do.
/// Usage: SalesMarketingAlignment.Benchmarks baseline --db path.db --urls http://127.0.0.1:5190
/// </summary>
public static class NaiveBaseline
{
    public static async Task<int> RunAsync(string[] args)
    {
        var database = Option(args, "--db") ?? throw new ArgumentException("--db path.db is required.");
        var urls = Option(args, "--urls") ?? "http://127.0.0.1:5190";
        var connectionString = $"Data Source={database}";
        var links = await LoadLinksAsync(connectionString);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        using var gate = new SemaphoreSlim(1, 1);
        var answerColumns = Enumerable.Range(1, 20).Select(Response.AnswerColumn).ToArray();
        var insertSql =
            $"INSERT INTO \"Responses\" (\"AssessmentId\", \"Department\", \"Role\", \"SubmittedOn\", \"SubmissionKey\", \"Total\", {string.Join(", ", answerColumns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ($assessment, $department, $role, $submittedOn, $key, $total, {string.Join(", ", answerColumns.Select(c => "$" + c))})";

        app.MapPost("/api/v1/surveys/{token}/responses", async (string token, HttpRequest request) =>
        {
            if (!links.TryGetValue(token, out var link))
            {
                return Results.NotFound();
            }

            using var body = await JsonDocument.ParseAsync(request.Body);
            var role = body.RootElement.GetProperty("role").GetString() == "Head" ? 1 : 2;
            var answers = body.RootElement.GetProperty("answers").EnumerateArray().Select(a => a.GetInt32()).ToArray();
            if (answers.Length != 20 || answers.Any(a => a is < 1 or > 5))
            {
                return Results.BadRequest();
            }

            await gate.WaitAsync();
            try
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using (var pragma = connection.CreateCommand())
                {
                    pragma.CommandText = "PRAGMA synchronous=FULL;";
                    await pragma.ExecuteNonQueryAsync();
                }

                await using var insert = connection.CreateCommand();
                insert.CommandText = insertSql;
                insert.Parameters.AddWithValue("$assessment", link.AssessmentId);
                insert.Parameters.AddWithValue("$department", link.Department);
                insert.Parameters.AddWithValue("$role", role);
                insert.Parameters.AddWithValue("$submittedOn", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                insert.Parameters.AddWithValue("$key", Guid.NewGuid().ToString().ToUpperInvariant());
                insert.Parameters.AddWithValue("$total", answers.Sum());
                for (var i = 0; i < 20; i++)
                {
                    insert.Parameters.AddWithValue("$" + answerColumns[i], answers[i]);
                }

                await insert.ExecuteNonQueryAsync();
            }
            finally
            {
                gate.Release();
            }

            return Results.Created((string?)null, new { total = answers.Sum() });
        });

        await app.RunAsync();
        return 0;
    }

    private static async Task<Dictionary<string, (int AssessmentId, int Department)>> LoadLinksAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Token\", \"AssessmentId\", \"Department\" FROM \"SurveyLinks\"";
        var links = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            links[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
        }

        return links;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
