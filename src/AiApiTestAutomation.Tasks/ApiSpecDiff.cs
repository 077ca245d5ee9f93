using System.IO;
using AiApiTestAutomation.Core.Diff;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Tasks.Diffing;
using AiApiTestAutomation.Tasks.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AiApiTestAutomation.Tasks;

/// <summary>
/// Compares each spec with its version at a git ref (Core's SpecDiff): breaking changes are AAT3001
/// warnings (errors on request), the rest AAT3002 messages. Writes each baseline text under
/// <see cref="BaselineDirectory"/> for the analyzer that explains calls to removed client methods.
/// </summary>
public sealed class ApiSpecDiff : Task
{
    // The diff needs the model only; checking examples would double the cost of every build.
    private static readonly SpecLoadOptions WithoutExamples = new(ExampleScope.None);

    [Required]
    public ITaskItem[] Specs { get; set; } = [];

    /// <summary>The folder spec paths are relative to: $(MSBuildProjectDirectory).</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string BaselineDirectory { get; set; } = string.Empty;

    public string BaseRef { get; set; } = "HEAD";

    public bool BreakingChangesAsErrors { get; set; }

    public override bool Execute()
    {
        foreach (var item in Specs)
        {
            Compare(item);
        }

        return !Log.HasLoggedErrors;
    }

    private void Compare(ITaskItem item)
    {
        var displayPath = SpecItems.DisplayPath(item);
        var fullPath = SpecItems.FullPath(item, ProjectDirectory);
        var baselineFile = Path.Combine(BaselineDirectory, SpecItems.BaselineRelativePath(item));
        if (!File.Exists(fullPath))
        {
            return;
        }

        var baseline = GitBaseline.Read(fullPath, BaseRef);
        if (baseline.Text is null)
        {
            // A stale baseline would make the analyzer explain removals that are not there any more.
            if (File.Exists(baselineFile))
            {
                File.Delete(baselineFile);
            }

            Log.LogMessage(null, DiagnosticIds.NoBaseline, null, fullPath, 0, 0, 0, 0, MessageImportance.Normal, "{0}: no spec diff: {1}.", displayPath, baseline.Reason);
            return;
        }

        WriteBaseline(baselineFile, baseline.Text);

        var text = SpecItems.ReadText(fullPath);
        var before = SpecLoader.Load(fullPath, baseline.Text, WithoutExamples).Spec;
        var after = SpecLoader.Load(fullPath, text, WithoutExamples).Spec;
        if (before is null || after is null)
        {
            var which = before is null ? $"the version at '{BaseRef}'" : "the current version";
            Log.LogMessage(null, DiagnosticIds.NoBaseline, null, fullPath, 0, 0, 0, 0, MessageImportance.Normal, "{0}: no spec diff: {1} cannot be read.", displayPath, which);
            return;
        }

        var diff = SpecDiff.Compare(before, after);
        var locator = new ChangeLocator(fullPath, text, after);
        foreach (var change in diff.Changes)
        {
            Report(change, fullPath, locator.LineOf(change));
        }

        if (diff.IsEmpty)
        {
            Log.LogMessage(MessageImportance.Low, "{0}: no changes since '{1}'.", displayPath, BaseRef);
        }
    }

    private void Report(SpecChange change, string fullPath, int line)
    {
        if (!change.IsBreaking)
        {
            Log.LogMessage(null, DiagnosticIds.NonBreakingChange, null, fullPath, line, 0, 0, 0, MessageImportance.Normal, "{0}: {1} (since '{2}')", change.OperationOrSchema, change.Description, BaseRef);
            return;
        }

        var help = DiagnosticIds.HelpBase + DiagnosticIds.BreakingChange + ".md";
        var message = $"Breaking API change since '{BaseRef}': {change.OperationOrSchema}: {change.Description}";
        if (BreakingChangesAsErrors)
        {
            Log.LogError(null, DiagnosticIds.BreakingChange, null, help, fullPath, line, 0, 0, 0, "{0}", message);
        }
        else
        {
            Log.LogWarning(null, DiagnosticIds.BreakingChange, null, help, fullPath, line, 0, 0, 0, "{0}", message);
        }
    }

    private static void WriteBaseline(string path, string text)
    {
        // Written only when different, so the compiler's inputs keep their timestamps in an unchanged build.
        if (File.Exists(path) && File.ReadAllText(path, SpecItems.Utf8) == text)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, SpecItems.Utf8);
    }
}
