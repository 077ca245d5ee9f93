using System;
using System.Collections.Generic;
using System.Diagnostics;
using HdrHistogram;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// Collects one worker's measurements without locks or allocation: an HdrHistogram of latencies in
/// microseconds (3 significant digits, so percentiles are exact to 0.1 %), status counts and the first error.
/// Not thread-safe; the open loop guards a shared one with a lock.
/// </summary>
internal sealed class LatencyRecorder
{
    // One hour in microseconds: anything slower is clamped rather than thrown away.
    internal const long HighestTrackableMicros = 3_600_000_000L;

    private static readonly double MicrosPerTick = 1_000_000.0 / Stopwatch.Frequency;

    private readonly int[] statuses = new int[600];

    public LongHistogram Latency { get; } = new(HighestTrackableMicros, 3);

    /// <summary>Time from the actual send to the answer; in closed loop it equals <see cref="Latency"/>.</summary>
    public LongHistogram ServiceTime { get; } = new(HighestTrackableMicros, 3);

    public long Completed { get; private set; }

    public long Errors { get; private set; }

    public string? FirstError { get; private set; }

    public void Record(int status, long latencyTicks, long serviceTicks)
    {
        ServiceTime.RecordValue(ToMicros(serviceTicks));
        RecordLatency(status, latencyTicks);
    }

    /// <summary>Records the latency and status only; the closed loop, where service time is the latency, fills <see cref="ServiceTime"/> once at the end.</summary>
    public void RecordLatency(int status, long latencyTicks)
    {
        Latency.RecordValue(ToMicros(latencyTicks));
        Completed++;
        if ((uint)status < (uint)statuses.Length)
        {
            statuses[status]++;
        }

        if (status is < 200 or > 299)
        {
            Errors++;
            FirstError ??= status == 0 ? "no response" : "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public void NoteException(Exception exception) =>
        FirstError ??= exception.GetType().Name + ": " + exception.Message;

    public void NoteError(string error) => FirstError ??= error;

    public void Add(LatencyRecorder other)
    {
        Latency.Add(other.Latency);
        ServiceTime.Add(other.ServiceTime);
        Completed += other.Completed;
        Errors += other.Errors;
        FirstError ??= other.FirstError;
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] += other.statuses[i];
        }
    }

    /// <summary>Responses by status; 0 counts requests that got no response at all.</summary>
    public IReadOnlyDictionary<int, long> StatusCounts()
    {
        var counts = new SortedDictionary<int, long>();
        for (var i = 0; i < statuses.Length; i++)
        {
            if (statuses[i] > 0)
            {
                counts[i] = statuses[i];
            }
        }

        return counts;
    }

    private static long ToMicros(long ticks) => Math.Min(HighestTrackableMicros, Math.Max(0, (long)(ticks * MicrosPerTick)));
}
