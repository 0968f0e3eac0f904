using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// Slows down password guessing per account and client address, with growing delays: after
/// <see cref="FreeFailures"/> wrong passwords for one email from one address, that pair waits
/// <see cref="FirstDelay"/>; each further failure after a wait doubles it, up to <see cref="MaximumDelay"/>.
/// The account itself is never locked, so someone guessing from their own address cannot lock its owner out; a
/// success from an address clears that address's count. State lives in memory only (keyed by a hash of email and
/// address, never written anywhere), is forgotten <see cref="ForgetAfter"/> after the last failure, and starts over
/// when the app restarts.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaximumDelay = TimeSpan.FromHours(1);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(24);
    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long this email and address must still wait; zero when they may try.</summary>
    public TimeSpan WaitFor(string email, string address)
    {
        var now = clock.GetUtcNow();
        return _entries.TryGetValue(Key(email, address), out var entry) && entry.BlockedUntil > now ? entry.BlockedUntil - now : TimeSpan.Zero;
    }

    /// <summary>Counts a wrong password; true when this failure starts a wait.</summary>
    public bool RecordFailure(string email, string address)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count > PruneAbove)
        {
            foreach (var stale in _entries.Where(e => now - e.Value.LastFailure > ForgetAfter).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }

        var updated = _entries.AddOrUpdate(
            Key(email, address),
            _ => Next(new Entry(0, DateTimeOffset.MinValue, now), now),
            (_, old) => Next(now - old.LastFailure > ForgetAfter ? new Entry(0, DateTimeOffset.MinValue, now) : old, now));
        return updated.BlockedUntil > now;
    }

    public void RecordSuccess(string email, string address) => _entries.TryRemove(Key(email, address), out _);

    private static Entry Next(Entry old, DateTimeOffset now)
    {
        var failures = old.Failures + 1;
        if (failures < FreeFailures)
        {
            return new Entry(failures, old.BlockedUntil, now);
        }

        // 5th failure: 1 minute; 6th: 2; 7th: 4 ... capped.
        var doublings = Math.Min(failures - FreeFailures, 16);
        var delay = TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << doublings, MaximumDelay.Ticks));
        return new Entry(failures, now + delay, now);
    }

    private static string Key(string email, string address) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant() + "\n" + address)));

    private sealed record Entry(int Failures, DateTimeOffset BlockedUntil, DateTimeOffset LastFailure);
}
