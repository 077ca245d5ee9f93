using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Planning;

/// <summary>
/// A spec's performance settings from its item metadata (PerformanceP95Ms, PerformanceConcurrency, ...);
/// null fields keep the defaults. <see cref="Operations"/> opts state-changing operations in by operationId.
/// </summary>
public sealed record PerformanceOptions(
    double? P95Ms = null,
    double? P99Ms = null,
    int? Concurrency = null,
    int? Requests = null,
    double? DurationSeconds = null,
    double? Rate = null,
    double? MaxErrorRate = null,
    double? RegressionPercent = null,
    EquatableArray<string> Operations = default)
{
    public static readonly PerformanceOptions Default = new();
}
