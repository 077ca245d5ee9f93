using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Relay.Inbox;

/// <summary>
/// Wakes the worker. Two kinds of news: <see cref="Notify"/> (a sync finished: look again now) and
/// <see cref="EventStored"/> (the inbox committed events). A stored event cannot make its project due before
/// the quiet window has passed, so it only shortens the worker's sleep to that window instead of waking it at
/// once. Waking on every group commit made the worker scan the pending events hundreds of times a second under
/// load, which cost more CPU than accepting the webhooks did.
/// </summary>
internal sealed class WorkSignal
{
    private readonly Channel<bool> pulses = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int wakeNow;
    private int stored;

    /// <summary>Something other than a new event changed (a sync ended, a project became retryable): wake at once.</summary>
    public void Notify()
    {
        Volatile.Write(ref wakeNow, 1);
        pulses.Writer.TryWrite(true);
    }

    /// <summary>Called by the inbox writer after each commit; after the first since the last pass it is one interlocked exchange.</summary>
    public void EventStored()
    {
        if (Interlocked.Exchange(ref stored, 1) == 0)
        {
            pulses.Writer.TryWrite(true);
        }
    }

    /// <summary>The worker is about to look at the inbox: events stored from now on are news again.</summary>
    public void BeginPass() => Volatile.Write(ref stored, 0);

    /// <summary>
    /// Returns when notified, or <paramref name="afterStored"/> after events were stored, or after
    /// <paramref name="timeout"/>, whichever comes first.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, TimeSpan afterStored, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = Volatile.Read(ref stored) == 1 ? Min(timeout, afterStored) : timeout;
        while (true)
        {
            if (Interlocked.Exchange(ref wakeNow, 0) == 1)
            {
                return;
            }

            var remaining = deadline - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || !await PulseAsync(remaining, cancellationToken))
            {
                return;
            }

            if (Volatile.Read(ref stored) == 1)
            {
                deadline = Min(deadline, Stopwatch.GetElapsedTime(started) + afterStored);
            }
        }
    }

    private async Task<bool> PulseAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await pulses.Reader.ReadAsync(timer.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: the caller polls anyway.
            return false;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
