using System.Collections.Generic;
using System.IO;
using AiApiTestAutomation.Tasks.Infrastructure;
using AiApiTestAutomation.Tasks.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiApiTestAutomation.Tasks;

/// <summary>
/// Writes api-test-report.json, .md and .html: per spec and operation the generated test categories
/// (from TestPlanner), the spec's hygiene findings (from SpecLoader) and a quality score (docs/reports.md).
/// </summary>
public sealed class ApiTestReport : Task
{
    public const string FileName = "api-test-report";

    [Required]
    public ITaskItem[] Specs { get; set; } = [];

    /// <summary>The folder spec paths are relative to: $(MSBuildProjectDirectory).</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public string ProjectName { get; set; } = string.Empty;

    [Output]
    public ITaskItem[] ReportFiles { get; private set; } = [];

    public override bool Execute()
    {
        var specs = new List<SpecReport>();
        foreach (var item in Specs)
        {
            var displayPath = SpecItems.DisplayPath(item);
            var fullPath = SpecItems.FullPath(item, ProjectDirectory);
            specs.Add(File.Exists(fullPath) ? ReportBuilder.Build(displayPath, SpecItems.ReadText(fullPath)) : ReportBuilder.Missing(displayPath));
        }

        var report = new ProjectReport(ProjectName, specs);
        var folder = Path.Combine(ProjectDirectory.Length == 0 ? Directory.GetCurrentDirectory() : ProjectDirectory, OutputDirectory);
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, FileName + ".json");
        var markdown = Path.Combine(folder, FileName + ".md");
        var html = Path.Combine(folder, FileName + ".html");
        File.WriteAllBytes(json, JsonReportWriter.Write(report));
        File.WriteAllText(markdown, MarkdownReportWriter.Write(report), SpecItems.Utf8);
        File.WriteAllText(html, HtmlReportWriter.Write(report), SpecItems.Utf8);

        ReportFiles = new ITaskItem[] { new TaskItem(json), new TaskItem(markdown), new TaskItem(html) };
        Log.LogMessage(MessageImportance.Normal, "API test report (score {0}/100): {1}", report.Score, html);
        return true;
    }
}
