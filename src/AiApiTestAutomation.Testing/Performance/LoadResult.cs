using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>What one measured phase saw: latency distribution, throughput, errors and the CPU it cost.</summary>
public sealed class LoadResult
{
    internal LoadResult(LoadProfile profile, LatencyRecorder recorder, TimeSpan elapsed, TimeSpan processCpu, bool stoppedEarly)
    {
        Profile = profile;
        Requests = recorder.Completed;
        Errors = recorder.Errors;
        Elapsed = elapsed;
        ProcessCpuTime = processCpu;
        StoppedEarly = stoppedEarly;
        Latency = new LatencyDistribution(recorder.Latency);
        ServiceTime = new LatencyDistribution(recorder.ServiceTime);
        Statuses = recorder.StatusCounts();
        FirstError = recorder.FirstError;
    }

    public LoadProfile Profile { get; }

    /// <summary>Requests that completed (answered or failed) in the measured phase.</summary>
    public long Requests { get; }

    public long Errors { get; }

    public double ErrorRate => Requests == 0 ? 0 : (double)Errors / Requests;

    public TimeSpan Elapsed { get; }

    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    /// <summary>CPU time of the whole test process during the measured phase (the API's too when it runs in process).</summary>
    public TimeSpan ProcessCpuTime { get; }

    /// <summary>The time limit ended the run before every planned request was sent.</summary>
    public bool StoppedEarly { get; }

    /// <summary>Latency as a user sees it: in open loop from the scheduled send time, so queueing delay counts.</summary>
    public LatencyDistribution Latency { get; }

    /// <summary>From the actual send to the answer; equal to <see cref="Latency"/> in closed loop.</summary>
    public LatencyDistribution ServiceTime { get; }

    /// <summary>Completed requests by HTTP status; status 0 means no response (connection refused, timeout).</summary>
    public IReadOnlyDictionary<int, long> Statuses { get; }

    public string? FirstError { get; }

    /// <summary>The whole distribution as text: summary, percentiles and a histogram, as failure messages show it.</summary>
    public string ToDistributionText()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendFormat(culture, "  load: {0}\n", Profile.Describe());
        text.AppendFormat(culture, "  requests: {0} in {1:0.00} s ({2:0.0} req/s){3}\n", Requests, Elapsed.TotalSeconds, RequestsPerSecond, StoppedEarly ? $", stopped by the {Profile.TimeLimit.TotalSeconds:0.#} s time limit" : string.Empty);
        text.AppendFormat(culture, "  errors: {0} ({1:0.##} %){2}\n", Errors, ErrorRate * 100, FirstError is null ? string.Empty : "; first: " + FirstError);
        text.AppendFormat(culture, "  statuses: {0}\n", Statuses.Count == 0 ? "none" : string.Join(", ", Statuses.Select(s => string.Format(culture, "{0} x{1}", s.Key == 0 ? "no response" : s.Key.ToString(culture), s.Value))));
        text.Append(Profile.Mode == LoadMode.OpenLoop ? "  latency (ms, from the scheduled send time):\n" : "  latency (ms):\n");
        AppendPercentiles(text, Latency);
        if (Profile.Mode == LoadMode.OpenLoop)
        {
            text.Append("  service time (ms, from the actual send):\n");
            AppendPercentiles(text, ServiceTime);
        }

        text.Append("  histogram:\n");
        var widest = Latency.Buckets.Count == 0 ? 1 : Latency.Buckets.Max(b => b.Count);
        foreach (var bucket in Latency.Buckets)
        {
            var bar = new string('#', (int)Math.Ceiling(40.0 * bucket.Count / widest));
            text.AppendFormat(culture, "    {0,9:0.###} - {1,-9:0.###} {2,7} {3}\n", bucket.FromMs, bucket.ToMs, bucket.Count, bar);
        }

        return text.ToString();
    }

    private static void AppendPercentiles(StringBuilder text, LatencyDistribution d)
    {
        var culture = CultureInfo.InvariantCulture;
        text.AppendFormat(culture, "    min {0:0.###}  p50 {1:0.###}  p90 {2:0.###}  p95 {3:0.###}  p99 {4:0.###}  p99.9 {5:0.###}  max {6:0.###}  mean {7:0.###} (stdev {8:0.###})\n", d.Min, d.P50, d.P90, d.P95, d.P99, d.P999, d.Max, d.Mean, d.StdDev);
    }
}
