namespace AiApiTestAutomation.Testing.Performance;

/// <summary>What a performance run must meet. A null limit is not checked.</summary>
public sealed record PerformanceThresholds
{
    public double? P95Ms { get; init; }

    public double? P99Ms { get; init; }

    /// <summary>The largest share of failed requests (0.01 = 1 %) still accepted.</summary>
    public double MaxErrorRate { get; init; } = 0.01;

    /// <summary>Fails when p95 or p99 grew by more than this percentage over the previous run's report; null turns the check off.</summary>
    public double? RegressionPercent { get; init; }
}
