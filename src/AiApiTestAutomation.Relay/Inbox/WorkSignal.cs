using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Relay.Inbox;

/// <summary>Wakes the worker when the inbox stored something, so it need not poll tightly. Many notifications collapse into one.</summary>
internal sealed class WorkSignal
{
    private readonly Channel<bool> pulses = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => pulses.Writer.TryWrite(true);

    /// <summary>Returns when notified or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await pulses.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: the caller polls anyway.
        }
    }
}
