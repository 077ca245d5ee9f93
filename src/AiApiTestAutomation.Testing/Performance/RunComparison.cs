using System.Collections.Generic;
using System.Globalization;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>The change of a run against the previous run's report: positive percentages are slower (or, for throughput, faster).</summary>
public sealed class RunComparison
{
    public RunComparison(PerformanceReport previous, PerformanceReport current)
    {
        Previous = previous;
        Current = current;
        P50ChangePercent = Change(previous.Latency.P50, current.Latency.P50);
        P95ChangePercent = Change(previous.Latency.P95, current.Latency.P95);
        P99ChangePercent = Change(previous.Latency.P99, current.Latency.P99);
        ThroughputChangePercent = Change(previous.RequestsPerSecond, current.RequestsPerSecond);
    }

    public PerformanceReport Previous { get; }

    public PerformanceReport Current { get; }

    public double P50ChangePercent { get; }

    public double P95ChangePercent { get; }

    public double P99ChangePercent { get; }

    public double ThroughputChangePercent { get; }

    /// <summary>What regressed beyond <paramref name="limitPercent"/>: p95 or p99 latency growth.</summary>
    public IReadOnlyList<string> RegressionsBeyond(double limitPercent)
    {
        var culture = CultureInfo.InvariantCulture;
        var problems = new List<string>();
        if (P95ChangePercent > limitPercent)
        {
            problems.Add(string.Format(culture, "p95 grew {0:0.#} % against the previous run ({1:0.###} -> {2:0.###} ms), beyond the {3:0.#} % regression limit", P95ChangePercent, Previous.Latency.P95, Current.Latency.P95, limitPercent));
        }

        if (P99ChangePercent > limitPercent)
        {
            problems.Add(string.Format(culture, "p99 grew {0:0.#} % against the previous run ({1:0.###} -> {2:0.###} ms), beyond the {3:0.#} % regression limit", P99ChangePercent, Previous.Latency.P99, Current.Latency.P99, limitPercent));
        }

        return problems;
    }

    public string Describe() => string.Format(
        CultureInfo.InvariantCulture,
        "against the previous run ({0:yyyy-MM-dd HH:mm:ss} UTC): p50 {1:+0.#;-0.#;0} %, p95 {2:+0.#;-0.#;0} %, p99 {3:+0.#;-0.#;0} %, throughput {4:+0.#;-0.#;0} %",
        Previous.RunAt.UtcDateTime,
        P50ChangePercent,
        P95ChangePercent,
        P99ChangePercent,
        ThroughputChangePercent);

    private static double Change(double before, double after) => before <= 0 ? 0 : (after - before) / before * 100;
}
