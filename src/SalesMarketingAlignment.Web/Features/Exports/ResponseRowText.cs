using System.Data;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Web.Exports;

namespace SalesMarketingAlignment.Web.Features.Exports;

/// <summary>
/// The rows of responses.csv, written fast: the database packs each row into one 64-bit integer (3 bits per answer,
/// statement 1 highest, then the department and role above them), so a row costs one value to fetch. Everything that
/// repeats is encoded once up front: the "department,role," start of a row per group and the ",total,level" end per
/// total. Rows are written as UTF-8 straight into a byte buffer. The output is the same as writing each field through
/// <see cref="CsvRowWriter"/>.
/// </summary>
/// <remarks>
/// Why packed (1,000,000 rows, docs/performance.md): fetching the 20 answers as 20 values took 2.5 s, joining them
/// with || in SQL 1.9 s (SQLite builds 19 intermediate strings per row), the answers packed into one integer 1.3 s, and
/// 1.0 s with the department and role packed too and the rows written as bytes instead of through a TextWriter. The
/// total is the sum of the answers, as stored.
/// </remarks>
internal sealed class ResponseRowText
{
    private const int BufferBytes = 32 * 1024;
    private const int BitsPerAnswer = 3;
    private const int AnswerMask = (1 << BitsPerAnswer) - 1;
    private const int GroupShift = BitsPerAnswer * Questionnaire.StatementCount;
    private const int AnswersBytes = (2 * Questionnaire.StatementCount) - 1;

    // Group = (department - 1) * 2 + (role - 1), 0-3, in the two bits above the answers (bits 60-61).
    private static readonly string Query =
        "SELECT (((CAST(\"Department\" AS bigint) - 1) * 2 + (\"Role\" - 1)) << " + GroupShift + ") | " +
        string.Join(" | ", Enumerable.Range(1, Questionnaire.StatementCount).Select(s =>
            $"(CAST(\"{Data.Entities.Response.AnswerColumn(s)}\" AS bigint) << {BitsPerAnswer * (Questionnaire.StatementCount - s)})")) +
        " FROM \"Responses\" WHERE \"AssessmentId\" = @p0 ORDER BY \"Id\"";

    /// <summary>"Sales,Staff," in UTF-8 per group (see <see cref="Query"/>); null for a department left out.</summary>
    private readonly byte[]?[] _starts = new byte[]?[4]; // two departments × two roles

    /// <summary>",60,Aligned\r\n" in UTF-8 per total 20-100 (index = total).</summary>
    private readonly byte[][] _ends = new byte[ScoringKey.MaximumTotal + 1][];

    /// <summary>The longest row this assessment can have, in bytes: a row is written only when it fits in the buffer.</summary>
    private readonly int _longestRow;

    /// <param name="counts">The assessment's counts, which decide what the anonymity rule lets through.</param>
    public ResponseRowText(AssessmentCounts counts, AnonymityRule rule, CultureInfo culture)
    {
        foreach (var department in Enum.GetValues<Department>())
        {
            var shown = rule.Allows(counts.For(department).Count);
            // A role is shown only when each role group of the department is empty or at least the minimum: blanking
            // only the small group would name it by elimination.
            var roleShown = shown && rule.AllowsPartOf(counts.For(department, RespondentRole.Head).Count, counts.For(department).Count);
            foreach (var role in Enum.GetValues<RespondentRole>())
            {
                _starts[Group(department, role)] = !shown ? null
                    : Encoding.UTF8.GetBytes(
                        CsvRowWriter.Escape(AlignmentWording.DepartmentName(department, culture)) + "," +
                        (roleShown ? CsvRowWriter.Escape(AlignmentWording.RoleName(role, culture)) : "") + ",");
            }
        }

        for (var total = ScoringKey.MinimumTotal; total <= ScoringKey.MaximumTotal; total++)
        {
            _ends[total] = Encoding.UTF8.GetBytes(
                string.Create(CultureInfo.InvariantCulture, $",{total},") +
                CsvRowWriter.Escape(AlignmentWording.LevelName(ScoringKey.LevelOfTotal(total), culture)) + "\r\n");
        }

        // Level names differ in length by language and level, so the longest end is not always that of total 100.
        _longestRow = _starts.Max(s => s?.Length ?? 0) + AnswersBytes + _ends.Where(e => e is not null).Max(e => e.Length);
    }

    private static int Group(Department department, RespondentRole role) => (((int)department - 1) * 2) + ((int)role - 1);

    /// <summary>Writes the rows of assessment <paramref name="assessmentId"/> in id order (random, not submission order).</summary>
    public async Task WriteAsync(AlignmentDbContext db, int assessmentId, Stream output, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Query;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p0";
            parameter.Value = assessmentId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var buffer = new byte[BufferBytes];
            var length = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var packed = (ulong)reader.GetInt64(0);
                if (_starts[(int)(packed >> GroupShift)] is not { } start)
                {
                    continue;
                }

                if (length + _longestRow > buffer.Length)
                {
                    await output.WriteAsync(buffer.AsMemory(0, length), cancellationToken);
                    length = 0;
                }

                start.CopyTo(buffer.AsSpan(length));
                length += start.Length;
                var total = 0;
                for (var shift = BitsPerAnswer * (Questionnaire.StatementCount - 1); shift >= 0; shift -= BitsPerAnswer)
                {
                    var answer = (int)(packed >> shift) & AnswerMask;
                    total += answer;
                    buffer[length++] = (byte)('0' + answer);
                    if (shift > 0)
                    {
                        buffer[length++] = (byte)',';
                    }
                }

                var end = _ends[total];
                end.CopyTo(buffer.AsSpan(length));
                length += end.Length;
            }

            await output.WriteAsync(buffer.AsMemory(0, length), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
