using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Planning;

/// <summary>
/// A spec's performance settings from its item metadata (PerformanceP95Ms, PerformanceConcurrency, ...);
/// null fields keep the defaults. <see cref="Operations"/> opts state-changing operations in by operationId.
/// <see cref="Hooks"/> names (C# operation names) the operations whose Prepare{Operation}PerformanceAsync hook the
/// user implemented in the fixture: each is opted in, and its test lets the hook shape the request.
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
    EquatableArray<string> Operations = default,
    EquatableArray<string> Hooks = default)
{
    public static readonly PerformanceOptions Default = new();
}
