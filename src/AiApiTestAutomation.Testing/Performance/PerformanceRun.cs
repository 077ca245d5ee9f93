using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiApiTestAutomation.Testing.Expectations;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>A finished run judged against its thresholds; <see cref="ShouldMeetThresholds"/> fails the test with the whole distribution.</summary>
public sealed class PerformanceRun
{
    public PerformanceRun(string testName, PerformanceScenario scenario, LoadResult result, RunComparison? comparison, int? seed = null)
    {
        TestName = testName;
        Seed = seed;
        Scenario = scenario;
        Result = result;
        Comparison = comparison;
        Violations = Judge(scenario.Thresholds, result, comparison);
    }

    public string TestName { get; }

    /// <summary>The seed of the data the test set up (the resource it created, the body it sent), when there is one.</summary>
    public int? Seed { get; }

    public PerformanceScenario Scenario { get; }

    public LoadResult Result { get; }

    public RunComparison? Comparison { get; }

    /// <summary>Every threshold the run missed, in words; empty when it passed.</summary>
    public IReadOnlyList<string> Violations { get; }

    /// <summary>The Markdown report's path, once written.</summary>
    public string? ReportPath { get; internal set; }

    public string Verdict => Violations.Count == 0 ? "Passed: every threshold met." : "Failed: " + string.Join("; ", Violations) + ".";

    public void ShouldMeetThresholds()
    {
        if (Violations.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendFormat(CultureInfo.InvariantCulture, "{0} failed: {1} ({2})\n", TestName, Scenario.Request, Scenario.Name);
        foreach (var violation in Violations)
        {
            message.Append("  ").Append(violation).Append('\n');
        }

        message.Append(Result.ToDistributionText());
        if (Comparison is not null)
        {
            message.Append("  change ").Append(Comparison.Describe()).Append('\n');
        }

        if (ReportPath is not null)
        {
            message.Append("  report: ").Append(ReportPath).Append('\n');
        }

        if (Seed is { } seed)
        {
            message.AppendFormat(CultureInfo.InvariantCulture, "  seed {0} (rerun with API_TESTS_SEED={0})\n", seed);
        }

        throw new ApiExpectationException(message.ToString());
    }

    private static IReadOnlyList<string> Judge(PerformanceThresholds thresholds, LoadResult result, RunComparison? comparison)
    {
        var culture = CultureInfo.InvariantCulture;
        var problems = new List<string>();
        if (result.Requests == 0)
        {
            problems.Add("no request completed within the time limit");
            return problems;
        }

        if (thresholds.P95Ms is { } p95 && result.Latency.P95 > p95)
        {
            problems.Add(string.Format(culture, "p95 latency {0:0.###} ms is above the {1:0.###} ms threshold", result.Latency.P95, p95));
        }

        if (thresholds.P99Ms is { } p99 && result.Latency.P99 > p99)
        {
            problems.Add(string.Format(culture, "p99 latency {0:0.###} ms is above the {1:0.###} ms threshold", result.Latency.P99, p99));
        }

        if (result.ErrorRate > thresholds.MaxErrorRate)
        {
            problems.Add(string.Format(culture, "error rate {0:0.##} % ({1} of {2}) is above the {3:0.##} % limit", result.ErrorRate * 100, result.Errors, result.Requests, thresholds.MaxErrorRate * 100));
        }

        if (comparison is not null && thresholds.RegressionPercent is { } limit)
        {
            problems.AddRange(comparison.RegressionsBeyond(limit));
        }

        return problems;
    }
}
