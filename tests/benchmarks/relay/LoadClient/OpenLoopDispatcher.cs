using System;
using System.Diagnostics;
using System.Threading;

/// <summary>
/// Fires deliveries at a fixed aggregate rate from one dedicated thread: delivery n is due at n / rate and goes
/// to sender n mod N, so each sender sends every N / rate seconds. The thread sleeps in 1 ms steps (Linux timers
/// are that fine; Task.Delay plus a thread-pool hop under load is not) and fires everything that is due when it
/// wakes. Whatever lateness remains is measured, as "send lag", and counted in the latency.
/// </summary>
internal static class OpenLoopDispatcher
{
    public static void Run(Sender[] senders, int rate, Stopwatch clock, TimeSpan end)
    {
        long n = 0;
        while (true)
        {
            var now = clock.Elapsed;
            TimeSpan due;
            while ((due = Due(n, rate)) <= now)
            {
                if (due >= end)
                {
                    return;
                }

                senders[n % senders.Length].Fire(due);
                n++;
            }

            Thread.Sleep(1);
        }
    }

    private static TimeSpan Due(long n, int rate) => TimeSpan.FromTicks(n * TimeSpan.TicksPerSecond / rate);
}
