using System.Data;
using System.Data.Common;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;

namespace SalesMarketingAlignment.Data.Responses;

/// <summary>One funnel tally row's key (<see cref="FunnelTally"/>).</summary>
internal readonly record struct FunnelTallyKey(int AssessmentId, Department Department, short Stage, short Lead);

/// <summary>
/// The SQL of the submission hot path, prepared once per connection and run with values only (no SQL text built per
/// submission, no change tracking). Plain SQL that SQLite (3.35+) and PostgreSQL both run; the one provider-specific
/// detail, how a GUID is sent, is <see cref="KeyValue"/>. Used only by <see cref="SurveyResponseWriter"/>, inside its
/// transaction (see docs/decisions/0008-submission-fast-path.md).
/// </summary>
internal sealed class SubmissionStatements : IAsyncDisposable
{
    private const string AnswerColumns =
        "\"A01\", \"A02\", \"A03\", \"A04\", \"A05\", \"A06\", \"A07\", \"A08\", \"A09\", \"A10\", " +
        "\"A11\", \"A12\", \"A13\", \"A14\", \"A15\", \"A16\", \"A17\", \"A18\", \"A19\", \"A20\"";

    private readonly bool _isSqlite;
    private readonly DbCommand _assessmentStatus;
    private readonly DbCommand _insertResponse;
    private readonly DbCommand _findEarlier;
    private readonly DbCommand _addToTally;
    private readonly DbCommand _markInvitationUsed;
    private readonly DbCommand _addToFunnelTally;

    public SubmissionStatements(DbConnection connection, bool isSqlite)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _isSqlite = isSqlite;
        // On PostgreSQL (several instances) the assessment stays locked FOR SHARE until the batch commits, so a close
        // committed by another instance either waits for this batch or is seen by this read, never in between.
        // A closing date before today reads as Closed in the same row read (no second query): SQLite compares the
        // ISO date text, PostgreSQL the date.
        _assessmentStatus = Command(connection,
            "SELECT CASE WHEN \"ClosesOn\" < @p1 THEN " + (int)AssessmentStatus.Closed + " ELSE \"Status\" END " +
            "FROM \"Assessments\" WHERE \"Id\" = @p0" + (isSqlite ? "" : " FOR SHARE"), 2);

        // DO NOTHING without a target: a retry of a stored key (unique index) or, once in 2^63, a taken random id
        // changes no row instead of failing the transaction; the writer tells the two apart with _findEarlier.
        _insertResponse = Command(connection,
            "INSERT INTO \"Responses\" (\"Id\", \"AssessmentId\", \"Department\", \"Role\", \"SubmittedOn\", \"SubmissionKey\", \"Total\", " + AnswerColumns + ") " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26) " +
            "ON CONFLICT DO NOTHING",
            7 + Questionnaire.StatementCount);
        _findEarlier = Command(connection,
            "SELECT \"Id\", \"Total\" FROM \"Responses\" WHERE \"AssessmentId\" = @p0 AND \"SubmissionKey\" = @p1", 2);

        // One row per call, prepared: cheaper than one multi-row statement with new SQL text per batch (decision 0008).
        _addToTally = Command(connection,
            "INSERT INTO \"ResponseTallies\" (\"AssessmentId\", \"Department\", \"Role\", \"Item\", \"Value\", \"Count\") " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5) " +
            "ON CONFLICT (\"AssessmentId\", \"Department\", \"Role\", \"Item\", \"Value\") DO UPDATE SET \"Count\" = \"ResponseTallies\".\"Count\" + excluded.\"Count\"",
            6);

        // Only the day is written, and nothing about the response, so the two cannot be matched later (decision 0009).
        _markInvitationUsed = Command(connection,
            "UPDATE \"Invitations\" SET \"UsedOn\" = @p0 WHERE \"Id\" = @p1 AND \"UsedOn\" IS NULL", 2);

        // Run only for batches with Buying Funnel answers (decision 0018).
        _addToFunnelTally = Command(connection,
            "INSERT INTO \"FunnelTallies\" (\"AssessmentId\", \"Department\", \"Stage\", \"Lead\", \"Count\") " +
            "VALUES (@p0, @p1, @p2, @p3, @p4) " +
            "ON CONFLICT (\"AssessmentId\", \"Department\", \"Stage\", \"Lead\") DO UPDATE SET \"Count\" = \"FunnelTallies\".\"Count\" + excluded.\"Count\"",
            5);
    }

    /// <summary>Runs every statement in <paramref name="transaction"/> (the writer's, for one batch).</summary>
    public void Enlist(DbTransaction transaction)
    {
        _assessmentStatus.Transaction = transaction;
        _insertResponse.Transaction = transaction;
        _findEarlier.Transaction = transaction;
        _addToTally.Transaction = transaction;
        _markInvitationUsed.Transaction = transaction;
        _addToFunnelTally.Transaction = transaction;
    }

    /// <summary>
    /// The assessment's status on <paramref name="today"/> (UTC): Closed also when its closing date is before today;
    /// null when there is no such assessment.
    /// </summary>
    public async Task<AssessmentStatus?> StatusAsync(int assessmentId, DateOnly today)
    {
        _assessmentStatus.Parameters[0].Value = assessmentId;
        _assessmentStatus.Parameters[1].Value = today;
        var status = await _assessmentStatus.ExecuteScalarAsync().ConfigureAwait(false);
        return status is null or DBNull ? null : (AssessmentStatus)Convert.ToInt32(status, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Inserts the row; false when it conflicted (its key stored before, or the id taken) and nothing was written.</summary>
    public async Task<bool> TryInsertAsync(long id, NewResponse response, DateOnly submittedOn)
    {
        var values = _insertResponse.Parameters;
        values[0].Value = id;
        values[1].Value = response.AssessmentId;
        values[2].Value = (int)response.Department;
        values[3].Value = (int)response.Role;
        values[4].Value = submittedOn;
        values[5].Value = KeyValue(response.SubmissionKey);
        values[6].Value = (short)response.Answers.Total;
        for (var statement = 1; statement <= Questionnaire.StatementCount; statement++)
        {
            values[6 + statement].Value = (short)response.Answers[statement];
        }

        return await _insertResponse.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    /// <summary>The response stored earlier under this key for this assessment, if any.</summary>
    public async Task<(long Id, int Total)?> FindEarlierAsync(int assessmentId, Guid submissionKey)
    {
        _findEarlier.Parameters[0].Value = assessmentId;
        _findEarlier.Parameters[1].Value = KeyValue(submissionKey);
        var reader = await _findEarlier.ExecuteReaderAsync(CommandBehavior.SingleRow).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync().ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
        }
    }

    /// <summary>Marks a personal invitation used on <paramref name="day"/>; false when it was used before (nothing changed).</summary>
    public async Task<bool> MarkInvitationUsedAsync(long invitationId, DateOnly day)
    {
        _markInvitationUsed.Parameters[0].Value = day;
        _markInvitationUsed.Parameters[1].Value = invitationId;
        return await _markInvitationUsed.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    /// <summary>Adds <paramref name="delta"/> to one tally row, creating it when missing.</summary>
    public async Task AddToTallyAsync(ResponseTallyMaintenance.TallyKey key, long delta)
    {
        var values = _addToTally.Parameters;
        values[0].Value = key.AssessmentId;
        values[1].Value = (int)key.Department;
        values[2].Value = (int)key.Role;
        values[3].Value = key.Item;
        values[4].Value = key.Value;
        values[5].Value = delta;
        await _addToTally.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Adds <paramref name="delta"/> to one funnel tally row, creating it when missing.</summary>
    public async Task AddToFunnelTallyAsync(FunnelTallyKey key, long delta)
    {
        var values = _addToFunnelTally.Parameters;
        values[0].Value = key.AssessmentId;
        values[1].Value = (int)key.Department;
        values[2].Value = key.Stage;
        values[3].Value = key.Lead;
        values[4].Value = delta;
        await _addToFunnelTally.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _assessmentStatus, _insertResponse, _findEarlier, _addToTally, _markInvitationUsed, _addToFunnelTally })
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A submission key as the column holds it: EF Core's SQLite mapping stores GUIDs as upper-case text (a GUID
    /// parameter would be bound as a blob and never match); PostgreSQL has a uuid type.
    /// </summary>
    private object KeyValue(Guid key) => _isSqlite ? key.ToString().ToUpperInvariant() : key;

    private static DbCommand Command(DbConnection connection, string sql, int parameterCount)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"@p{i}");
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
