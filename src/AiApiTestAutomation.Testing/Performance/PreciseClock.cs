using System.Diagnostics;
using System.Threading;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// Waits until a Stopwatch timestamp with sub-millisecond precision on a dedicated thread. Task.Delay and
/// Thread.Sleep round up to the OS timer (about 1 ms on Linux, 15.6 ms on Windows), which would bunch an
/// open-loop schedule into bursts; so this sleeps only while the target is further away than the longest
/// sleep it has seen overshoot, then yields, then spins for the last microseconds.
/// </summary>
internal sealed class PreciseClock
{
    private static readonly long SpinTicks = Stopwatch.Frequency / 20_000; // 50 µs

    private long sleepCostTicks = Stopwatch.Frequency / 500; // 2 ms until measured

    public void WaitUntil(long timestamp)
    {
        while (true)
        {
            var remaining = timestamp - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > sleepCostTicks)
            {
                var before = Stopwatch.GetTimestamp();
                Thread.Sleep(1);
                var slept = Stopwatch.GetTimestamp() - before;

                // Learn the platform's real sleep granularity, with a margin, so we never oversleep a deadline.
                if (slept + (slept / 4) > sleepCostTicks)
                {
                    sleepCostTicks = slept + (slept / 4);
                }
            }
            else if (remaining > SpinTicks)
            {
                Thread.Yield();
            }
            else
            {
                Thread.SpinWait(16);
            }
        }
    }
}
