using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

namespace SalesMarketingAlignment.Web.Features.Invitations;

public enum DeliveryKind
{
    /// <summary>The first message with the personal link.</summary>
    Invitation = 1,

    /// <summary>A later message to invitations not used yet.</summary>
    Reminder = 2,
}

public enum AddressStatus
{
    Queued = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>What became of one address in a delivery (never anything about an answer).</summary>
public sealed record AddressResult(long InvitationId, string Email, AddressStatus Status, string? Error);

/// <summary>One message to send, with the invitation it is for.</summary>
public sealed record DeliveryMessage(long InvitationId, OutgoingMail Mail);

/// <summary>A delivery in progress or finished, as the Invitations page and the API show it.</summary>
public sealed class DeliveryProgress(int assessmentId, DeliveryKind kind, IReadOnlyList<DeliveryMessage> messages)
{
    private readonly ConcurrentDictionary<long, AddressResult> _results = new(
        messages.Select(m => KeyValuePair.Create(m.InvitationId, new AddressResult(m.InvitationId, m.Mail.To, AddressStatus.Queued, null))));

    private int _sent;
    private int _failed;
    private int _finished;

    public int AssessmentId { get; } = assessmentId;
    public DeliveryKind Kind { get; } = kind;
    public int Total { get; } = messages.Count;
    public int Sent => Volatile.Read(ref _sent);
    public int Failed => Volatile.Read(ref _failed);
    public bool Finished => Volatile.Read(ref _finished) == 1;
    internal IReadOnlyList<DeliveryMessage> Messages { get; } = messages;

    /// <summary>Every address in the order queued.</summary>
    public IReadOnlyList<AddressResult> Results => Messages.Select(m => _results[m.InvitationId]).ToList();

    internal void Record(long invitationId, MailSendResult result)
    {
        _results[invitationId] = new AddressResult(invitationId, result.To, result.Sent ? AddressStatus.Sent : AddressStatus.Failed, result.Error);
        Interlocked.Increment(ref result.Sent ? ref _sent : ref _failed);
    }

    internal void Finish() => Volatile.Write(ref _finished, 1);
}

/// <summary>
/// Sends invitations and reminders in the background, in batches over one SMTP connection each, so that the consultant
/// sees progress (<see cref="ProgressOf"/>) and a thousand messages do not hold a request open. Each address's result is
/// kept on its invitation (sent day, or the error) so that failures can be retried later, also after a restart.
/// </summary>
public sealed partial class InvitationDelivery(
    IServiceScopeFactory scopes, IMailSender mail, TimeProvider clock, ILogger<InvitationDelivery> logger) : BackgroundService
{
    /// <summary>Messages sent over one connection before results are saved and progress moves on.</summary>
    public const int BatchSize = 50;

    /// <summary>SMTP connections used at once by one delivery.</summary>
    public const int Connections = 4;

    private readonly Channel<DeliveryProgress> _queue = Channel.CreateUnbounded<DeliveryProgress>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<int, DeliveryProgress> _latest = new();

    /// <summary>The latest delivery of the assessment since the app started; null when there was none.</summary>
    public DeliveryProgress? ProgressOf(int assessmentId) => _latest.GetValueOrDefault(assessmentId);

    /// <summary>Queues the messages unless a delivery of this assessment is still running.</summary>
    /// <returns>The new delivery, or null when one is still running.</returns>
    public DeliveryProgress? TryQueue(int assessmentId, DeliveryKind kind, IReadOnlyList<DeliveryMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var progress = new DeliveryProgress(assessmentId, kind, messages);
        while (true)
        {
            if (_latest.TryGetValue(assessmentId, out var current))
            {
                if (!current.Finished)
                {
                    return null;
                }

                if (!_latest.TryUpdate(assessmentId, progress, current))
                {
                    continue;
                }
            }
            else if (!_latest.TryAdd(assessmentId, progress))
            {
                continue;
            }

            break;
        }

        if (messages.Count == 0)
        {
            progress.Finish();
            return progress;
        }

        if (!_queue.Writer.TryWrite(progress))
        {
            throw new InvalidOperationException("Invitation delivery has stopped.");
        }

        return progress;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await DeliverAsync(delivery, stoppingToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One failed delivery must not stop the next; its failures are recorded per address.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogDeliveryFailed(logger, ex, delivery.AssessmentId);
            }
            finally
            {
                delivery.Finish();
            }
        }
    }

    private async Task DeliverAsync(DeliveryProgress delivery, CancellationToken stoppingToken)
    {
        // A few connections at once: each message waits for several server replies, so one connection is bound by
        // round trips, not by the server (docs/performance.md).
        var options = new ParallelOptions { MaxDegreeOfParallelism = Connections };
        await Parallel.ForEachAsync(delivery.Messages.Chunk(BatchSize), options, async (batch, _) =>
        {
            IReadOnlyList<MailSendResult> results;
            try
            {
                results = await mail.SendAsync(batch.Select(m => m.Mail).ToList(), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                results = batch.Select(m => MailSendResult.Failure(m.Mail.To, "The app stopped before this message was sent.")).ToList();
            }

            for (var i = 0; i < batch.Length; i++)
            {
                delivery.Record(batch[i].InvitationId, results[i]);
            }

            await SaveResultsAsync(delivery.Kind, batch, results).ConfigureAwait(false);
        }).ConfigureAwait(false);

        LogDelivered(logger, delivery.AssessmentId, delivery.Sent, delivery.Failed);
    }

    /// <summary>Sent: the day (invitation or reminder) and no error; failed: the error, kept for a retry.</summary>
    private async Task SaveResultsAsync(DeliveryKind kind, DeliveryMessage[] batch, IReadOnlyList<MailSendResult> results)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
        var today = clock.Today();
        var sent = batch.Where((_, i) => results[i].Sent).Select(m => m.InvitationId).ToList();
        if (sent.Count > 0)
        {
            var rows = db.Invitations.Where(i => sent.Contains(i.Id));
            await (kind == DeliveryKind.Invitation
                ? rows.ExecuteUpdateAsync(s => s.SetProperty(i => i.SentOn, today).SetProperty(i => i.SendError, (string?)null))
                : rows.ExecuteUpdateAsync(s => s.SetProperty(i => i.RemindedOn, today).SetProperty(i => i.SendError, (string?)null))).ConfigureAwait(false);
        }

        foreach (var failure in batch.Select((m, i) => (m.InvitationId, results[i])).Where(f => !f.Item2.Sent).GroupBy(f => f.Item2.Error))
        {
            var ids = failure.Select(f => f.InvitationId).ToList();
            var error = Truncate(failure.Key ?? "Not sent.");
            await db.Invitations.Where(i => ids.Contains(i.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.SendError, error)).ConfigureAwait(false);
        }
    }

    private static string Truncate(string error) =>
        error.Length <= Invitation.SendErrorMaxLength ? error : string.Create(CultureInfo.InvariantCulture, $"{error[..(Invitation.SendErrorMaxLength - 1)]}…");

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation delivery for assessment {AssessmentId}: {Sent} sent, {Failed} failed.")]
    private static partial void LogDelivered(ILogger logger, int assessmentId, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Invitation delivery for assessment {AssessmentId} stopped.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, int assessmentId);
}
