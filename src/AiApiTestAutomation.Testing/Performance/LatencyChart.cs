using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>
/// A hand-written SVG of the percentile spectrum: latency (y) against percentile (x, on the
/// 1/(1-p) scale, so 90, 99 and 99.9 are evenly spaced and the tail is visible), with the previous run
/// dashed and the thresholds as horizontal lines.
/// </summary>
public static class LatencyChart
{
    private const double Width = 720;
    private const double Height = 360;
    private const double Left = 64;
    private const double Right = 24;
    private const double Top = 36;
    private const double Bottom = 48;

    // The x axis ends at 99.99 %: the maximum is shown in the legend, not as an infinite point.
    private const double MaxNines = 4;

    public static string Render(PerformanceReport current, PerformanceReport? previous)
    {
        var points = Points(current.Latency).ToList();
        var before = previous is null ? new List<(double Nines, double Ms)>() : Points(previous.Latency).ToList();
        var limits = new List<(string Label, double Ms)>();
        if (current.Thresholds.P95Ms is { } p95)
        {
            limits.Add(("p95 limit", p95));
        }

        if (current.Thresholds.P99Ms is { } p99)
        {
            limits.Add(("p99 limit", p99));
        }

        // Scaled to the data, not the limits: a 1 ms API under a 500 ms limit would otherwise be a flat line.
        var top = NiceCeiling(points.Concat(before).Select(p => p.Ms).DefaultIfEmpty(1).Max());
        var offChart = limits.Where(l => l.Ms > top).ToList();
        limits = limits.Where(l => l.Ms <= top).ToList();
        var svg = new StringBuilder();
        svg.Append(Format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">\n", Width, Height));
        svg.Append(Format("<rect width=\"{0}\" height=\"{1}\" fill=\"white\"/>\n", Width, Height));
        svg.Append(Format("<text x=\"{0}\" y=\"20\" font-size=\"14\">{1}</text>\n", Left, Escape($"{current.Spec} {current.Scenario} ({current.Request}): latency by percentile, ms")));

        for (var i = 0; i <= 4; i++)
        {
            var ms = top * i / 4;
            var y = Y(ms, top);
            svg.Append(Format("<line x1=\"{0}\" y1=\"{1:0.#}\" x2=\"{2}\" y2=\"{1:0.#}\" stroke=\"#ddd\"/>\n", Left, y, Width - Right));
            svg.Append(Format("<text x=\"{0}\" y=\"{1:0.#}\" text-anchor=\"end\">{2:0.###}</text>\n", Left - 6, y + 4, ms));
        }

        foreach (var (label, nines) in new[] { ("0%", 0.0), ("90%", 1.0), ("99%", 2.0), ("99.9%", 3.0), ("99.99%", 4.0) })
        {
            var x = X(nines);
            svg.Append(Format("<line x1=\"{0:0.#}\" y1=\"{1}\" x2=\"{0:0.#}\" y2=\"{2}\" stroke=\"#ddd\"/>\n", x, Top, Height - Bottom));
            svg.Append(Format("<text x=\"{0:0.#}\" y=\"{1}\" text-anchor=\"middle\">{2}</text>\n", x, Height - Bottom + 18, label));
        }

        foreach (var (label, ms) in limits)
        {
            var y = Y(ms, top);
            svg.Append(Format("<line x1=\"{0}\" y1=\"{1:0.#}\" x2=\"{2}\" y2=\"{1:0.#}\" stroke=\"#c0392b\" stroke-dasharray=\"2 3\"/>\n", Left, y, Width - Right));
            svg.Append(Format("<text x=\"{0}\" y=\"{1:0.#}\" text-anchor=\"end\" fill=\"#c0392b\">{2} {3:0.###} ms</text>\n", Width - Right - 4, y - 4, label, ms));
        }

        if (before.Count > 0)
        {
            svg.Append(Format("<polyline fill=\"none\" stroke=\"#999\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" points=\"{0}\"/>\n", Polyline(before, top)));
        }

        svg.Append(Format("<polyline fill=\"none\" stroke=\"#2463a6\" stroke-width=\"2\" points=\"{0}\"/>\n", Polyline(points, top)));
        var legend = Format("this run: p50 {0:0.###}, p95 {1:0.###}, p99 {2:0.###}, max {3:0.###} ms", current.Latency.P50, current.Latency.P95, current.Latency.P99, current.Latency.Max);
        if (previous is not null)
        {
            legend += Format("; previous (dashed): p95 {0:0.###}, p99 {1:0.###} ms", previous.Latency.P95, previous.Latency.P99);
        }

        if (offChart.Count > 0)
        {
            legend += "; " + string.Join(", ", offChart.Select(l => Format("{0} {1:0.###} ms", l.Label, l.Ms))) + " (above the chart)";
        }

        svg.Append(Format("<text x=\"{0}\" y=\"{1}\">{2}</text>\n", Left, Height - 10, Escape(legend)));
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static IEnumerable<(double Nines, double Ms)> Points(LatencyDistribution distribution) =>
        distribution.Spectrum
            .Where(p => p.Percentile < 100)
            .Select(p => (Math.Min(MaxNines, -Math.Log10(1 - (p.Percentile / 100))), p.Ms));

    private static string Polyline(IEnumerable<(double Nines, double Ms)> points, double top) =>
        string.Join(" ", points.Select(p => Format("{0:0.#},{1:0.#}", X(p.Nines), Y(p.Ms, top))));

    private static double X(double nines) => Left + ((Width - Left - Right) * nines / MaxNines);

    private static double Y(double ms, double top) => Height - Bottom - ((Height - Top - Bottom) * Math.Min(ms, top) / top);

    /// <summary>1, 2 or 5 times a power of ten, at or above the value, so grid labels are round.</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
