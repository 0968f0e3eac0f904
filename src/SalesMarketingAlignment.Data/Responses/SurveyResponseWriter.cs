using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Data.Responses;

/// <summary>A complete, valid response to store.</summary>
/// <param name="InvitationId">The personal invitation it comes through, marked used in the same transaction; null for an
/// open link. Never stored with the response (docs/decisions/0009-invitations-apart-from-answers.md).</param>
/// <param name="Funnel">The Buying Funnel answers when the assessment asks them; counted only into the funnel tallies,
/// never stored with the response (docs/decisions/0018-buying-funnel.md). Null or empty: nothing to count.</param>
public sealed record NewResponse(
    int AssessmentId, Department Department, RespondentRole Role, SurveyAnswers Answers, Guid SubmissionKey, long? InvitationId = null,
    FunnelAnswers? Funnel = null);

public enum SubmissionOutcome
{
    /// <summary>Stored now, durably.</summary>
    Stored = 1,

    /// <summary>The same submission key was stored before (refresh, double click): nothing new was written.</summary>
    AlreadyStored = 2,

    /// <summary>The assessment is closed, or its closing date has passed, and accepts nothing.</summary>
    AssessmentClosed = 3,

    AssessmentNotFound = 4,

    /// <summary>The invitation was used before: it submits once, and nothing was stored.</summary>
    InvitationAlreadyUsed = 5,
}

public sealed record SubmissionResult(SubmissionOutcome Outcome, long? ResponseId = null, int? Total = null);

/// <summary>
/// Stores survey responses through one background consumer: all submissions waiting at a moment are committed in ONE
/// transaction (group commit), and each caller is answered only after that commit is on disk. This keeps SQLite to a
/// single writer and turns many fsyncs into one under load. The work inside the transaction is kept small because the
/// single writer is the bottleneck: prepared statements on a connection kept open (<see cref="SubmissionStatements"/>),
/// no change tracking, tallies aggregated over the batch (docs/decisions/0008-submission-fast-path.md).
/// Use <see cref="SubmitAsync"/>; never write responses elsewhere in the request path.
/// </summary>
public sealed partial class SurveyResponseWriter(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<SurveyResponseWriter> logger) : BackgroundService
{
    /// <summary>Most submissions committed in one transaction.</summary>
    public const int MaxBatchSize = 256;

    /// <summary>Random ids drawn for one response before giving up (a second draw is already a 1-in-2^63-scale event).</summary>
    private const int MaxIdAttempts = 4;

    /// <summary>The writer's connection and prepared statements; only the writer loop touches it.</summary>
    private WriterSession? _session;

    private long _committedBatches;

    /// <summary>Transactions committed so far (diagnostics: with a burst, far fewer than submissions).</summary>
    public long CommittedBatches => Interlocked.Read(ref _committedBatches);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues the response and completes once it is committed (or found to be a duplicate, or refused).</summary>
    /// <exception cref="InvalidOperationException">When the application is shutting down.</exception>
    public async Task<SubmissionResult> SubmitAsync(NewResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var pending = new Pending(response, new TaskCompletionSource<SubmissionResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The response writer has stopped.");
        }

        // A caller that gives up still gets its response stored: the waiting is cancelled, not the write.
        return await pending.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Finish what was accepted before stopping.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatchSize);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await CommitBatchAsync(batch).ConfigureAwait(false);
        }

        if (_session is not null)
        {
            await _session.DisposeAsync().ConfigureAwait(false);
            _session = null;
        }
    }

    private async Task CommitBatchAsync(List<Pending> batch)
    {
        try
        {
            var results = await WriteAsync(batch).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One bad submission must not fail the others: retry each alone.
            LogBatchFailed(logger, ex, batch.Count);
            foreach (var pending in batch)
            {
                await CommitBatchAsync([pending]).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The caller, not this loop, must see the failure; the loop goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSubmissionFailed(logger, ex);
            batch[0].Completion.TrySetException(ex);
        }
    }

    /// <summary>
    /// One transaction for the batch: per submission the assessment's status (once per assessment), one INSERT and,
    /// only for a retry or a closed assessment, a look-up of the earlier row; then one upsert per tally row the batch
    /// changes, aggregated over the batch. A failure throws away the connection and its statements.
    /// </summary>
    private async Task<SubmissionResult[]> WriteAsync(List<Pending> batch)
    {
        _session ??= await WriterSession.OpenAsync(scopes).ConfigureAwait(false);
        try
        {
            return await WriteAsync(_session, batch).ConfigureAwait(false);
        }
        catch
        {
            await _session.DisposeAsync().ConfigureAwait(false);
            _session = null;
            throw;
        }
    }

    private async Task<SubmissionResult[]> WriteAsync(WriterSession session, List<Pending> batch)
    {
        var today = clock.Today();
        var statements = session.Statements;
        await using var transaction = await session.Db.Database.BeginTransactionAsync().ConfigureAwait(false);
        statements.Enlist(transaction.GetDbTransaction());

        var statuses = new Dictionary<int, AssessmentStatus?>();
        var deltas = new Dictionary<ResponseTallyMaintenance.TallyKey, long>();
        var funnelDeltas = new Dictionary<FunnelTallyKey, long>();
        var results = new SubmissionResult[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var response = batch[i].Response;
            if (!statuses.TryGetValue(response.AssessmentId, out var status))
            {
                status = await statements.StatusAsync(response.AssessmentId, today).ConfigureAwait(false);
                statuses.Add(response.AssessmentId, status);
            }

            results[i] = status switch
            {
                null => new SubmissionResult(SubmissionOutcome.AssessmentNotFound),
                AssessmentStatus.Open => await InsertAsync(statements, response, today, deltas, funnelDeltas).ConfigureAwait(false),
                // A retry of a response stored before closing is still answered as stored.
                _ => await EarlierAsync(statements, response).ConfigureAwait(false) ?? new SubmissionResult(SubmissionOutcome.AssessmentClosed),
            };
        }

        // Sorted, so that concurrent writers (several app instances on PostgreSQL) take row locks in one order.
        foreach (var (key, delta) in deltas.OrderBy(d => (d.Key.AssessmentId, d.Key.Department, d.Key.Role, d.Key.Item, d.Key.Value)))
        {
            await statements.AddToTallyAsync(key, delta).ConfigureAwait(false);
        }

        // Empty unless a response of the batch answered the Buying Funnel part: then no extra statement runs.
        foreach (var (key, delta) in funnelDeltas.OrderBy(d => (d.Key.AssessmentId, d.Key.Department, d.Key.Stage, d.Key.Lead)))
        {
            await statements.AddToFunnelTallyAsync(key, delta).ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _committedBatches);
        return results;
    }

    private static async Task<SubmissionResult> InsertAsync(
        SubmissionStatements statements, NewResponse response, DateOnly today, Dictionary<ResponseTallyMaintenance.TallyKey, long> deltas,
        Dictionary<FunnelTallyKey, long> funnelDeltas)
    {
        // A personal invitation is marked used in this transaction, before the insert; when that changes no row, a
        // retry (EarlierAsync finds the key) is still AlreadyStored, anything else stores nothing (decision 0009).
        if (response.InvitationId is { } invitationId && !await statements.MarkInvitationUsedAsync(invitationId, today).ConfigureAwait(false))
        {
            return await EarlierAsync(statements, response).ConfigureAwait(false) ?? new SubmissionResult(SubmissionOutcome.InvitationAlreadyUsed);
        }

        for (var attempt = 0; attempt < MaxIdAttempts; attempt++)
        {
            var id = ResponseIds.Next();
            if (await statements.TryInsertAsync(id, response, today).ConfigureAwait(false))
            {
                ResponseTallyMaintenance.Count(deltas, response.AssessmentId, response.Department, response.Role, response.Answers, +1);
                CountFunnel(funnelDeltas, response);
                return new SubmissionResult(SubmissionOutcome.Stored, id, response.Answers.Total);
            }

            // Nothing written: the key was stored before (a refresh, a double click, the same key twice in this
            // batch), or, about once in 2^63 / rows, the random id was taken: then draw another.
            if (await EarlierAsync(statements, response).ConfigureAwait(false) is { } earlier)
            {
                return earlier;
            }
        }

        throw new InvalidOperationException($"No free response id after {MaxIdAttempts} random draws.");
    }

    /// <summary>Counts the response's funnel answers, and the respondent, by department only (not by role: decision 0018).</summary>
    private static void CountFunnel(Dictionary<FunnelTallyKey, long> deltas, NewResponse response)
    {
        if (response.Funnel is not { IsEmpty: false } funnel)
        {
            return;
        }

        void Count(short stage, short lead)
        {
            var key = new FunnelTallyKey(response.AssessmentId, response.Department, stage, lead);
            deltas[key] = deltas.GetValueOrDefault(key) + 1;
        }

        Count(FunnelTally.RespondentsStage, FunnelTally.RespondentsLead);
        foreach (var (stage, lead) in funnel.Leads)
        {
            Count((short)stage, (short)lead);
        }
    }

    private static async Task<SubmissionResult?> EarlierAsync(SubmissionStatements statements, NewResponse response) =>
        await statements.FindEarlierAsync(response.AssessmentId, response.SubmissionKey).ConfigureAwait(false) is { } earlier
            ? new SubmissionResult(SubmissionOutcome.AlreadyStored, earlier.Id, earlier.Total)
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Committing a batch of {Count} survey responses failed; retrying one by one.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a survey response failed.")]
    private static partial void LogSubmissionFailed(ILogger logger, Exception exception);

    private sealed record Pending(NewResponse Response, TaskCompletionSource<SubmissionResult> Completion);

    /// <summary>
    /// The writer's own DbContext with its connection kept open, so the prepared statements live as long as the
    /// connection (EF's connection and transaction interceptors still run: pragmas, the SQLite write gate).
    /// </summary>
    private sealed class WriterSession : IAsyncDisposable
    {
        private readonly IServiceScope _scope;

        private WriterSession(IServiceScope scope, AlignmentDbContext db, SubmissionStatements statements)
        {
            _scope = scope;
            Db = db;
            Statements = statements;
        }

        public AlignmentDbContext Db { get; }

        public SubmissionStatements Statements { get; }

        public static async Task<WriterSession> OpenAsync(IServiceScopeFactory scopes)
        {
            var scope = scopes.CreateScope();
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
                await db.Database.OpenConnectionAsync().ConfigureAwait(false);
                return new WriterSession(scope, db, new SubmissionStatements(db.Database.GetDbConnection(), db.Database.IsSqlite()));
            }
            catch
            {
                scope.Dispose();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Statements.DisposeAsync().ConfigureAwait(false);
            await Db.Database.CloseConnectionAsync().ConfigureAwait(false);
            if (_scope is IAsyncDisposable asyncScope)
            {
                await asyncScope.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _scope.Dispose();
            }
        }
    }
}
