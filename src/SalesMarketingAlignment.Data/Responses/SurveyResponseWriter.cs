using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Data.Responses;

/// <summary>A complete, valid response to store.</summary>
public sealed record NewResponse(int AssessmentId, Department Department, RespondentRole Role, SurveyAnswers Answers, Guid SubmissionKey);

public enum SubmissionOutcome
{
    /// <summary>Stored now, durably.</summary>
    Stored = 1,

    /// <summary>The same submission key was stored before (refresh, double click): nothing new was written.</summary>
    AlreadyStored = 2,

    /// <summary>The assessment is closed and accepts nothing.</summary>
    AssessmentClosed = 3,

    AssessmentNotFound = 4,
}

public sealed record SubmissionResult(SubmissionOutcome Outcome, long? ResponseId = null, int? Total = null);

/// <summary>
/// Stores survey responses through one background consumer: all submissions waiting at a moment are committed in ONE
/// transaction (group commit), and each caller is answered only after that commit is on disk. This keeps SQLite to a
/// single writer and turns many fsyncs into one under load. Use <see cref="SubmitAsync"/>; never write responses elsewhere.
/// </summary>
public sealed partial class SurveyResponseWriter(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<SurveyResponseWriter> logger) : BackgroundService
{
    /// <summary>Most submissions committed in one transaction.</summary>
    public const int MaxBatchSize = 256;

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

    private async Task<SubmissionResult[]> WriteAsync(List<Pending> batch)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var today = clock.Today();

        await using var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
        var assessmentIds = batch.Select(p => p.Response.AssessmentId).Distinct().ToList();
        var keys = batch.Select(p => p.Response.SubmissionKey).Distinct().ToList();
        if (db.Database.IsNpgsql())
        {
            // Several instances: the assessments stay locked FOR SHARE until this batch commits, so a close committed
            // by another instance either waits for this batch or is seen by the status read below, never in between.
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM \"Assessments\" WHERE \"Id\" = ANY({0}) FOR SHARE", [assessmentIds.ToArray()]).ConfigureAwait(false);
        }

        var statuses = await db.Assessments
            .Where(a => assessmentIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Status })
            .ToDictionaryAsync(a => a.Id, a => a.Status).ConfigureAwait(false);
        var earlier = await db.Responses
            .Where(r => assessmentIds.Contains(r.AssessmentId) && keys.Contains(r.SubmissionKey))
            .Select(r => new { r.AssessmentId, r.SubmissionKey, r.Id, r.Total })
            .ToListAsync().ConfigureAwait(false);
        var known = earlier.ToDictionary(r => (r.AssessmentId, r.SubmissionKey), r => new SubmissionResult(SubmissionOutcome.AlreadyStored, r.Id, r.Total));

        var results = new SubmissionResult?[batch.Count];
        var added = new Dictionary<(int, Guid), Response>();
        var addedAt = new List<(int Index, Response Row, bool Duplicate)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var r = batch[i].Response;
            var key = (r.AssessmentId, r.SubmissionKey);
            if (!statuses.TryGetValue(r.AssessmentId, out var status))
            {
                results[i] = new SubmissionResult(SubmissionOutcome.AssessmentNotFound);
            }
            else if (known.TryGetValue(key, out var before))
            {
                results[i] = before;
            }
            else if (added.TryGetValue(key, out var sameBatch))
            {
                addedAt.Add((i, sameBatch, true));
            }
            else if (status != AssessmentStatus.Open)
            {
                results[i] = new SubmissionResult(SubmissionOutcome.AssessmentClosed);
            }
            else
            {
                var row = new Response
                {
                    AssessmentId = r.AssessmentId,
                    Department = r.Department,
                    Role = r.Role,
                    SubmittedOn = today,
                    SubmissionKey = r.SubmissionKey,
                };
                row.SetAnswers(r.Answers);
                db.Responses.Add(row);
                added.Add(key, row);
                addedAt.Add((i, row, false));
            }
        }

        if (added.Count > 0)
        {
            await db.SaveChangesAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        Interlocked.Increment(ref _committedBatches);
        foreach (var (index, row, duplicate) in addedAt)
        {
            results[index] = new SubmissionResult(duplicate ? SubmissionOutcome.AlreadyStored : SubmissionOutcome.Stored, row.Id, row.Total);
        }

        return results.Select(r => r!).ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Committing a batch of {Count} survey responses failed; retrying one by one.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a survey response failed.")]
    private static partial void LogSubmissionFailed(ILogger logger, Exception exception);

    private sealed record Pending(NewResponse Response, TaskCompletionSource<SubmissionResult> Completion);
}
