using System;
using System.Collections.Generic;
using HdrHistogram;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>A latency distribution in milliseconds: the usual percentiles, the percentile spectrum and a log-scale histogram.</summary>
public sealed class LatencyDistribution
{
    /// <summary>The percentiles of the spectrum drawn in reports: dense in the tail, where latency problems live.</summary>
    public static readonly IReadOnlyList<double> SpectrumPercentiles = new[] { 0, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 95, 97.5, 99, 99.5, 99.9, 99.99, 100 };

    internal LatencyDistribution(LongHistogram histogram)
    {
        Count = histogram.TotalCount;
        if (Count == 0)
        {
            Spectrum = Array.Empty<PercentileValue>();
            Buckets = Array.Empty<LatencyBucket>();
            return;
        }

        Min = Ms(histogram.GetValueAtPercentile(0));
        P50 = Ms(histogram.GetValueAtPercentile(50));
        P90 = Ms(histogram.GetValueAtPercentile(90));
        P95 = Ms(histogram.GetValueAtPercentile(95));
        P99 = Ms(histogram.GetValueAtPercentile(99));
        P999 = Ms(histogram.GetValueAtPercentile(99.9));
        Max = Ms(histogram.GetMaxValue());
        Mean = histogram.GetMean() / 1000.0;
        StdDev = histogram.GetStdDeviation() / 1000.0;

        var spectrum = new List<PercentileValue>(SpectrumPercentiles.Count);
        foreach (var percentile in SpectrumPercentiles)
        {
            spectrum.Add(new PercentileValue(percentile, percentile >= 100 ? Max : Ms(histogram.GetValueAtPercentile(percentile))));
        }

        Spectrum = spectrum;
        Buckets = LogBuckets(histogram);
    }

    [System.Text.Json.Serialization.JsonConstructor]
    public LatencyDistribution(long count, double min, double p50, double p90, double p95, double p99, double p999, double max, double mean, double stdDev, IReadOnlyList<PercentileValue> spectrum, IReadOnlyList<LatencyBucket> buckets)
    {
        Count = count;
        Min = min;
        P50 = p50;
        P90 = p90;
        P95 = p95;
        P99 = p99;
        P999 = p999;
        Max = max;
        Mean = mean;
        StdDev = stdDev;
        Spectrum = spectrum;
        Buckets = buckets;
    }

    public long Count { get; }

    public double Min { get; }

    public double P50 { get; }

    public double P90 { get; }

    public double P95 { get; }

    public double P99 { get; }

    public double P999 { get; }

    public double Max { get; }

    public double Mean { get; }

    public double StdDev { get; }

    public IReadOnlyList<PercentileValue> Spectrum { get; }

    /// <summary>Counts per power-of-two range of microseconds, from the fastest to the slowest non-empty range.</summary>
    public IReadOnlyList<LatencyBucket> Buckets { get; }

    private static double Ms(long micros) => micros / 1000.0;

    private static IReadOnlyList<LatencyBucket> LogBuckets(LongHistogram histogram)
    {
        var counts = new long[64];
        foreach (var value in histogram.RecordedValues())
        {
            var micros = Math.Max(1, value.ValueIteratedTo);
            var bucket = 63 - LeadingZeros((ulong)micros);
            counts[bucket] += value.CountAddedInThisIterationStep;
        }

        var first = Array.FindIndex(counts, c => c > 0);
        var last = Array.FindLastIndex(counts, c => c > 0);
        var buckets = new List<LatencyBucket>();
        for (var i = first; i >= 0 && i <= last; i++)
        {
            buckets.Add(new LatencyBucket((1L << i) / 1000.0, (1L << (i + 1)) / 1000.0, counts[i]));
        }

        return buckets;
    }

    private static int LeadingZeros(ulong value)
    {
        var zeros = 0;
        for (var bit = 63; bit >= 0 && (value & (1UL << bit)) == 0; bit--)
        {
            zeros++;
        }

        return zeros;
    }
}

/// <summary>The latency (ms) at or below which <see cref="Percentile"/> percent of requests answered.</summary>
public sealed record PercentileValue(double Percentile, double Ms);

/// <summary>Requests that took from <see cref="FromMs"/> (inclusive) to <see cref="ToMs"/> (exclusive).</summary>
public sealed record LatencyBucket(double FromMs, double ToMs, long Count);
