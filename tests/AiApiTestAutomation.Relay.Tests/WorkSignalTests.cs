using System;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Inbox;
using Xunit;

namespace AiApiTestAutomation.Relay.Tests;

/// <summary>
/// The worker's wake-up rules. A stored event must not wake it at once (under load that meant one inbox scan per
/// group commit); a finished sync must. Hour-long timeouts make "woke up" unambiguous without timing the wait.
/// </summary>
public sealed class WorkSignalTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task Notify_wakes_the_worker_at_once()
    {
        var signal = new WorkSignal();
        var wait = signal.WaitAsync(Hour, Hour, CancellationToken.None);

        signal.Notify();

        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(30))));
    }

    [Fact]
    public async Task A_stored_event_wakes_the_worker_only_after_the_quiet_window()
    {
        var signal = new WorkSignal();
        var wait = signal.WaitAsync(Hour, Hour, CancellationToken.None);

        signal.EventStored();
        signal.EventStored();
        var early = await Task.WhenAny(wait, Task.Delay(TimeSpan.FromMilliseconds(300)));
        signal.Notify();

        Assert.NotSame(wait, early);
        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(30))));
    }

    [Fact]
    public async Task Events_stored_during_a_pass_shorten_the_next_wait_to_the_quiet_window()
    {
        var signal = new WorkSignal();
        signal.BeginPass();
        signal.EventStored();

        var wait = signal.WaitAsync(Hour, TimeSpan.Zero, CancellationToken.None);

        Assert.Same(wait, await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(30))));
    }

    [Fact]
    public async Task Events_stored_before_a_pass_began_are_not_news_afterwards()
    {
        var signal = new WorkSignal();
        signal.EventStored();
        signal.BeginPass();

        var wait = signal.WaitAsync(Hour, TimeSpan.Zero, CancellationToken.None);
        var early = await Task.WhenAny(wait, Task.Delay(TimeSpan.FromMilliseconds(300)));
        signal.Notify();

        Assert.NotSame(wait, early);
        await wait;
    }
}
