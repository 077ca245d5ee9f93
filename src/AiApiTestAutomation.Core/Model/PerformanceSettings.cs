namespace AiApiTestAutomation.Core.Model;

/// <summary>
/// An operation's <c>x-performance</c> extension: <c>{ p95Ms: 200, p99Ms: 500, concurrency: 8, requests: 400,
/// durationSeconds: 3, rate: 100, maxErrorRate: 0.01, enabled: true }</c>. Every field is optional and overrides
/// the spec's item metadata; <c>enabled</c> opts a state-changing operation in (true) or any operation out (false).
/// </summary>
public sealed record PerformanceSettings(
    bool? Enabled = null,
    double? P95Ms = null,
    double? P99Ms = null,
    int? Concurrency = null,
    int? Requests = null,
    double? DurationSeconds = null,
    double? Rate = null,
    double? MaxErrorRate = null);
