using System;
using System.IO;
using System.Text.Json;

namespace AiApiTestAutomation.Testing.Performance;

/// <summary>Writes a run's JSON, Markdown and SVG, after reading the previous run's JSON for comparison.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The previous report of this scenario, or null when there is none or it cannot be read (a stale format is not an error).</summary>
    public static PerformanceReport? ReadPrevious(string folder, string spec, string scenario)
    {
        var path = Path.Combine(folder, BaseName(spec, scenario) + ".json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PerformanceReport>(File.ReadAllText(path), Json);
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the three files and returns the Markdown file's path.</summary>
    public static string Write(string folder, PerformanceReport report, RunComparison? comparison, string verdict)
    {
        var baseName = BaseName(report.Spec, report.Scenario);
        File.WriteAllText(Path.Combine(folder, baseName + ".json"), JsonSerializer.Serialize(report, Json));
        File.WriteAllText(Path.Combine(folder, baseName + ".svg"), LatencyChart.Render(report, comparison?.Previous));
        var markdown = Path.Combine(folder, baseName + ".md");
        File.WriteAllText(markdown, MarkdownReport.Render(report, comparison, baseName + ".svg", verdict));
        return markdown;
    }

    public static string BaseName(string spec, string scenario) => ResultsFolder.FileName(spec + "." + scenario);
}
