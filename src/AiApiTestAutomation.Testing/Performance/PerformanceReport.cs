using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>One run of one scenario as written to <c>{spec}.{scenario}.json</c>; the next run reads it back to show the change.</summary>
public sealed record PerformanceReport(
    string Spec,
    string Scenario,
    string Request,
    DateTimeOffset RunAt,
    string Mode,
    string Load,
    long Requests,
    long Errors,
    double ErrorRate,
    double ElapsedSeconds,
    double RequestsPerSecond,
    double ProcessCpuMs,
    bool StoppedEarly,
    IReadOnlyDictionary<string, long> Statuses,
    LatencyDistribution Latency,
    LatencyDistribution ServiceTime,
    PerformanceThresholds Thresholds)
{
    public static PerformanceReport From(string spec, PerformanceScenario scenario, LoadResult result, DateTimeOffset runAt) => new(
        spec,
        scenario.Name,
        scenario.Request,
        runAt,
        result.Profile.Mode.ToString(),
        result.Profile.Describe(),
        result.Requests,
        result.Errors,
        result.ErrorRate,
        result.Elapsed.TotalSeconds,
        result.RequestsPerSecond,
        result.ProcessCpuTime.TotalMilliseconds,
        result.StoppedEarly,
        result.Statuses.ToDictionary(s => s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value),
        result.Latency,
        result.ServiceTime,
        scenario.Thresholds);
}
