using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AiApiTestAutomation.Testing.Expectations;
using AiApiTestAutomation.Testing.Performance;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Performance;

/// <summary>Verdicts, failure messages and reports from results with known latencies (recorded directly, not measured).</summary>
public sealed class ThresholdAndReportTests
{
    private static readonly PerformanceScenario Scenario = new(
        "getProduct",
        "GET /products/{productId}",
        new LoadProfile { Concurrency = 4, Requests = 100 },
        new PerformanceThresholds { P95Ms = 200, P99Ms = 500, MaxErrorRate = 0.01, RegressionPercent = 20 });

    [Fact]
    public void A_slow_tail_fails_with_the_threshold_and_the_whole_distribution_in_the_message()
    {
        var result = Result(fastMs: 1, fast: 90, slowMs: 300, slow: 10);

        var run = new PerformanceRun("GetProduct_meets_latency_thresholds", Scenario, result, comparison: null, seed: 42);
        var failure = Assert.Throws<ApiExpectationException>(run.ShouldMeetThresholds);

        Assert.Contains("GetProduct_meets_latency_thresholds failed: GET /products/{productId} (getProduct)", failure.Message);
        Assert.Contains("p95 latency 300", failure.Message);
        Assert.Contains("above the 200 ms threshold", failure.Message);
        Assert.DoesNotContain("p99 latency", failure.Message); // 300 ms is within the 500 ms p99 limit
        Assert.Contains("p50 1 ", failure.Message);
        Assert.Contains("histogram:", failure.Message);
        Assert.Contains("seed 42 (rerun with API_TESTS_SEED=42)", failure.Message);
        Assert.Contains("262.144 - 524.288", failure.Message); // the power-of-two microsecond range holding 300 ms
    }

    [Fact]
    public void A_fast_run_passes_and_too_many_errors_fail_it()
    {
        Assert.Empty(new PerformanceRun("t", Scenario, Result(1, 100, 0, 0), null).Violations);

        var failing = new PerformanceRun("t", Scenario, Result(1, 100, 0, 0, errors: 2), null);

        Assert.Equal("error rate 2 % (2 of 100) is above the 1 % limit", Assert.Single(failing.Violations));
    }

    [Fact]
    public void Reports_are_written_and_the_next_run_shows_the_change_and_fails_on_a_regression()
    {
        var folder = Directory.CreateTempSubdirectory("aat-perf-").FullName;
        try
        {
            var first = PerformanceReport.From("Store", Scenario, Result(10, 100, 0, 0), DateTimeOffset.UtcNow);
            ReportWriter.Write(folder, first, null, "Passed: every threshold met.");
            var previous = ReportWriter.ReadPrevious(folder, "Store", "getProduct");
            Assert.NotNull(previous);
            Assert.Equal(first.Latency.P95, previous!.Latency.P95);

            var second = PerformanceReport.From("Store", Scenario, Result(15, 100, 0, 0), DateTimeOffset.UtcNow);
            var comparison = new RunComparison(previous, second);
            var run = new PerformanceRun("t", Scenario, Result(15, 100, 0, 0), comparison);
            var markdown = ReportWriter.Write(folder, second, comparison, run.Verdict);

            Assert.Equal(50, comparison.P95ChangePercent, 0);
            Assert.Contains(run.Violations, v => v.StartsWith("p95 grew 50 % against the previous run", StringComparison.Ordinal));
            var text = File.ReadAllText(markdown);
            Assert.Matches(@"\| p95 \| 15(\.\d+)? ms \| 200 ms \|", text);
            Assert.Contains("p95 +50 %", text);
            Assert.Contains("![latency by percentile](Store.getProduct.svg)", text);
            var svg = XDocument.Parse(File.ReadAllText(Path.Combine(folder, "Store.getProduct.svg")));
            Assert.Equal(2, svg.Descendants().Count(e => e.Name.LocalName == "polyline")); // this run and the previous one
            Assert.Contains("p95 limit 200 ms, p99 limit 500 ms (above the chart)", svg.ToString()); // scaled to 15 ms, not to the limits
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_a_regression_limit_a_slower_run_is_shown_but_does_not_fail()
    {
        var scenario = Scenario with { Thresholds = Scenario.Thresholds with { RegressionPercent = null } };
        var before = PerformanceReport.From("Store", scenario, Result(10, 100, 0, 0), DateTimeOffset.UtcNow);
        var after = Result(40, 100, 0, 0);

        var run = new PerformanceRun("t", scenario, after, new RunComparison(before, PerformanceReport.From("Store", scenario, after, DateTimeOffset.UtcNow)));

        Assert.Empty(run.Violations);
        Assert.Equal(300, run.Comparison!.P95ChangePercent, 0);
    }

    private static LoadResult Result(double fastMs, int fast, double slowMs, int slow, int errors = 0)
    {
        var recorder = new LatencyRecorder();
        var ticksPerMs = System.Diagnostics.Stopwatch.Frequency / 1000.0;
        for (var i = 0; i < fast; i++)
        {
            recorder.Record(i < errors ? 500 : 200, (long)(fastMs * ticksPerMs), (long)(fastMs * ticksPerMs));
        }

        for (var i = 0; i < slow; i++)
        {
            recorder.Record(200, (long)(slowMs * ticksPerMs), (long)(slowMs * ticksPerMs));
        }

        return new LoadResult(Scenario.Load, recorder, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), stoppedEarly: false);
    }
}
