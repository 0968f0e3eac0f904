using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Benchmarks;

/// <summary>
/// A SQLite file with one organization, one assessment and <c>responses</c> random responses (60 % Sales, 10 % heads),
/// cached per size under the temp folder. Seeding is a raw prepared INSERT in one transaction: a benchmark tool only,
/// which deliberately bypasses the app's SurveyResponseWriter and write gate (nothing else runs on the file then).
/// </summary>
public static class BenchDatabase
{
    public const string OrganizationName = "Benchmark Org";

    /// <summary>The file for a size, named after the newest migration so a schema change seeds a new file.</summary>
    public static string PathFor(int responses) =>
        Path.Combine(Path.GetTempPath(), "sma-bench", $"responses-{responses}-{LatestMigration}.db");

    private static string LatestMigration
    {
        get
        {
            using var services = Services(Path.Combine(Path.GetTempPath(), "sma-bench-unused.db"));
            using var scope = services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<AlignmentDbContext>().Database.GetMigrations().Last();
        }
    }

    public static string ConnectionString(string path) => $"Data Source={path}";

    /// <summary>Creates the file when missing; returns its path and the assessment id.</summary>
    public static async Task<(string Path, int AssessmentId)> EnsureAsync(int responses)
    {
        var path = PathFor(responses);
        if (File.Exists(path))
        {
            await using var existing = new SqliteConnection(ConnectionString(path));
            await existing.OpenAsync();
            await using var find = existing.CreateCommand();
            find.CommandText = "SELECT \"Id\" FROM \"Assessments\" LIMIT 1";
            return (path, Convert.ToInt32(await find.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + ".partial";
        File.Delete(temporary);
        int assessmentId;
        using (var services = Services(temporary))
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
            await db.MigrateAlignmentDatabaseAsync();
            var assessment = new Assessment
            {
                Organization = new Organization { Name = OrganizationName, CreatedOn = new DateOnly(2026, 1, 5) },
                Title = "Benchmark round",
                CreatedOn = new DateOnly(2026, 1, 5),
                CreatedBy = "benchmark",
                Links =
                [
                    new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                    new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
                ],
            };
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            assessmentId = assessment.Id;
        }

        SqliteConnection.ClearAllPools();
        await InsertResponsesAsync(temporary, assessmentId, responses);
        using (var services = Services(temporary))
        {
            // The raw INSERTs above bypass the DbContext, which keeps the tallies: count them once from the rows.
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AlignmentDbContext>().RebuildAsync(assessmentId);
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        File.Move(temporary, path);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(temporary + suffix))
            {
                File.Move(temporary + suffix, path + suffix);
            }
        }

        return (path, assessmentId);
    }

    /// <summary>The app's own data services (write gate, pragmas) on the file, as the web app registers them.</summary>
    public static ServiceProvider Services(string path) =>
        new ServiceCollection()
            .AddLogging()
            .AddAlignmentData(DatabaseOptions.Sqlite, _ => ConnectionString(path))
            .BuildServiceProvider();

    private static async Task InsertResponsesAsync(string path, int assessmentId, int responses)
    {
        await using var connection = new SqliteConnection(ConnectionString(path));
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        var answerColumns = Enumerable.Range(1, 20).Select(Response.AnswerColumn).ToArray();
        insert.CommandText =
            $"INSERT INTO \"Responses\" (\"AssessmentId\", \"Department\", \"Role\", \"SubmittedOn\", \"SubmissionKey\", \"Total\", {string.Join(", ", answerColumns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ($assessment, $department, $role, $submittedOn, $key, $total, {string.Join(", ", answerColumns.Select(c => "$" + c))})";
        insert.Parameters.AddWithValue("$assessment", assessmentId);
        var department = insert.Parameters.Add("$department", SqliteType.Integer);
        var role = insert.Parameters.Add("$role", SqliteType.Integer);
        var submittedOn = insert.Parameters.Add("$submittedOn", SqliteType.Text);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var total = insert.Parameters.Add("$total", SqliteType.Integer);
        var answers = answerColumns.Select(c => insert.Parameters.Add("$" + c, SqliteType.Integer)).ToArray();
        insert.Prepare();

        var random = new Random(20060701);
        var start = new DateOnly(2026, 1, 5);
        for (var i = 0; i < responses; i++)
        {
            var isSales = random.Next(10) < 6;
            department.Value = (int)(isSales ? Department.Sales : Department.Marketing);
            role.Value = (int)(random.Next(10) == 0 ? RespondentRole.Head : RespondentRole.Staff);
            submittedOn.Value = start.AddDays(random.Next(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            // Same text form as EF Core's SQLite GUID mapping (upper case).
            key.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            var sum = 0;
            // Sales answers lean higher than Marketing's, so the two departments differ as in a real round.
            var lean = isSales ? 1 : 0;
            for (var a = 0; a < answers.Length; a++)
            {
                var value = Math.Clamp(random.Next(1, 6) + (random.Next(3) == 0 ? lean : 0), 1, 5);
                answers[a].Value = value;
                sum += value;
            }

            total.Value = sum;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
