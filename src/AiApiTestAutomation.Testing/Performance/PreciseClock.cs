using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// Waits until a Stopwatch timestamp with sub-millisecond precision on a dedicated thread. Task.Delay and
/// Thread.Sleep round up to the OS timer (about 1 ms on Linux, 15.6 ms on Windows), which would bunch an
/// open-loop schedule into bursts. On 64-bit Linux this sleeps with nanosleep (high-resolution timers) until
/// 80 µs before the target and spins the rest; elsewhere it sleeps only while the target is further away than the longest
/// Thread.Sleep(1) it has seen, then yields, then spins. Spinning alone would cost a whole core at high rates.
/// </summary>
internal sealed class PreciseClock
{
    private static readonly long SpinTicks = Stopwatch.Frequency / 20_000; // 50 µs
    private static readonly bool HasNanosleep = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    // Wake this long before the target and spin the rest: Linux's default timer slack is 50 µs. It is fixed on
    // purpose: learning it from observed wake-ups on a busy machine ratchets it up until we never sleep and a
    // whole core goes to spinning; a late wake-up is measured honestly anyway (latency counts from the schedule).
    private static readonly long NanosleepSlackTicks = Stopwatch.Frequency / 12_500; // 80 µs
    private long sleepCostTicks = Stopwatch.Frequency / 500; // 2 ms until measured
    private bool nanosleepWorks = HasNanosleep;

    public void WaitUntil(long timestamp)
    {
        while (true)
        {
            var remaining = timestamp - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            if (nanosleepWorks && remaining > NanosleepSlackTicks + SpinTicks)
            {
                NanosleepFor(remaining - NanosleepSlackTicks);
            }
            else if (!nanosleepWorks && remaining > sleepCostTicks)
            {
                var before = Stopwatch.GetTimestamp();
                Thread.Sleep(1);
                var slept = Stopwatch.GetTimestamp() - before;
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

    private void NanosleepFor(long ticks)
    {
        var nanoseconds = (long)(ticks * (1_000_000_000.0 / Stopwatch.Frequency));
        var request = new Timespec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
        try
        {
            if (Native.nanosleep(ref request, IntPtr.Zero) != 0)
            {
                return; // interrupted by a signal: the loop measures again
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            nanosleepWorks = false;
            return;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int nanosleep(ref Timespec request, IntPtr remaining);
    }
}
