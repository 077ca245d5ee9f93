using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace AiApiTestAutomation.Relay.Inbox;

/// <summary>
/// What the inbox writer's group commits cost: how many, how many rows each, how long a delivery waited in the
/// queue before its transaction began, and how long the transaction (inserts plus fsync) took. Shown on
/// GET /status so a latency tail can be traced to the disk or to the queue without a profiler.
/// </summary>
internal sealed class GroupCommitStats
{
    // Upper bounds in milliseconds; the last bucket takes everything slower.
    private static readonly double[] BucketBoundsMs = [0.5, 1, 2, 4, 8, 16, 32, 64, 128, double.PositiveInfinity];

    private readonly long[] commitBuckets = new long[BucketBoundsMs.Length];
    private readonly long[] waitBuckets = new long[BucketBoundsMs.Length];
    private long commits;
    private long rows;
    private long commitTicks;
    private long maxCommitTicks;
    private long maxWaitTicks;
    private long checkpoints;
    private long checkpointTicks;
    private long maxCheckpointTicks;

    /// <summary>Called by the single writer after each commit; readers may see a commit half-counted, which is fine for a status page.</summary>
    public void Record(int batchRows, long oldestWaitTicks, long commitDurationTicks)
    {
        Interlocked.Increment(ref commits);
        Interlocked.Add(ref rows, batchRows);
        Interlocked.Add(ref commitTicks, commitDurationTicks);
        Interlocked.Increment(ref commitBuckets[Bucket(commitDurationTicks)]);
        Interlocked.Increment(ref waitBuckets[Bucket(oldestWaitTicks)]);
        maxCommitTicks = Math.Max(maxCommitTicks, commitDurationTicks);
        maxWaitTicks = Math.Max(maxWaitTicks, oldestWaitTicks);
    }

    /// <summary>A checkpoint the writer ran itself, between commits.</summary>
    public void RecordCheckpoint(long durationTicks)
    {
        Interlocked.Increment(ref checkpoints);
        Interlocked.Add(ref checkpointTicks, durationTicks);
        maxCheckpointTicks = Math.Max(maxCheckpointTicks, durationTicks);
    }

    public object Snapshot()
    {
        var count = Interlocked.Read(ref commits);
        return new
        {
            commits = count,
            rows = Interlocked.Read(ref rows),
            meanBatch = count == 0 ? 0 : Math.Round((double)Interlocked.Read(ref rows) / count, 1),
            meanCommitMs = count == 0 ? 0 : Math.Round(Ms(Interlocked.Read(ref commitTicks)) / count, 2),
            maxCommitMs = Math.Round(Ms(maxCommitTicks), 2),
            maxQueueWaitMs = Math.Round(Ms(maxWaitTicks), 2),
            checkpoints = Interlocked.Read(ref checkpoints),
            meanCheckpointMs = checkpoints == 0 ? 0 : Math.Round(Ms(Interlocked.Read(ref checkpointTicks)) / checkpoints, 2),
            maxCheckpointMs = Math.Round(Ms(maxCheckpointTicks), 2),
            commitMsHistogram = Histogram(commitBuckets),
            oldestQueueWaitMsHistogram = Histogram(waitBuckets),
        };
    }

    private static object Histogram(long[] buckets) => BucketBoundsMs
        .Select((bound, i) => (Label: double.IsPositiveInfinity(bound) ? $">{BucketBoundsMs[i - 1]}" : $"<={bound}", Count: Interlocked.Read(ref buckets[i])))
        .ToDictionary(b => b.Label, b => b.Count);

    private static int Bucket(long ticks)
    {
        var ms = Ms(ticks);
        var i = 0;
        while (ms > BucketBoundsMs[i])
        {
            i++;
        }

        return i;
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
