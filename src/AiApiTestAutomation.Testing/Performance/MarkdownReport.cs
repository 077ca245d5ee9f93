using System.Globalization;
using System.Linq;
using System.Text;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>The human-readable report of one run, next to its JSON and chart.</summary>
public static class MarkdownReport
{
    public static string Render(PerformanceReport report, RunComparison? comparison, string chartFileName, string verdict)
    {
        var culture = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendFormat(culture, "# {0}: {1}\n\n", report.Scenario, report.Request);
        md.AppendFormat(culture, "Spec `{0}`, run at {1:yyyy-MM-dd HH:mm:ss} UTC. Load: {2}.\n\n", report.Spec, report.RunAt.UtcDateTime, report.Load);
        md.AppendFormat(culture, "**{0}**\n\n", verdict);
        md.Append("| | value | threshold |\n|---|---|---|\n");
        md.AppendFormat(culture, "| requests | {0}{1} | |\n", report.Requests, report.StoppedEarly ? " (stopped by the time limit)" : string.Empty);
        md.AppendFormat(culture, "| throughput | {0:0.0} req/s | |\n", report.RequestsPerSecond);
        md.AppendFormat(culture, "| error rate | {0:0.##} % | {1:0.##} % |\n", report.ErrorRate * 100, report.Thresholds.MaxErrorRate * 100);
        md.AppendFormat(culture, "| p50 | {0:0.###} ms | |\n", report.Latency.P50);
        md.AppendFormat(culture, "| p90 | {0:0.###} ms | |\n", report.Latency.P90);
        md.AppendFormat(culture, "| p95 | {0:0.###} ms | {1} |\n", report.Latency.P95, Limit(report.Thresholds.P95Ms));
        md.AppendFormat(culture, "| p99 | {0:0.###} ms | {1} |\n", report.Latency.P99, Limit(report.Thresholds.P99Ms));
        md.AppendFormat(culture, "| max | {0:0.###} ms | |\n", report.Latency.Max);
        md.AppendFormat(culture, "| statuses | {0} | |\n", string.Join(", ", report.Statuses.Select(s => s.Key + " x" + s.Value.ToString(culture))));
        md.Append('\n');

        if (comparison is not null)
        {
            md.AppendFormat(culture, "Change {0}.\n\n", comparison.Describe());
        }

        md.AppendFormat(culture, "![latency by percentile]({0})\n\n", chartFileName);
        md.Append("| percentile | latency (ms) |\n|---|---|\n");
        foreach (var point in report.Latency.Spectrum)
        {
            md.AppendFormat(culture, "| {0} | {1:0.###} |\n", point.Percentile, point.Ms);
        }

        return md.ToString();
    }

    private static string Limit(double? ms) => ms is { } value ? value.ToString("0.###", CultureInfo.InvariantCulture) + " ms" : "-";
}
