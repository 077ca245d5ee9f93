using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace AiApiTestAutomation.Tasks.Tests;

/// <summary>The build engine a task logs to, recording every event so tests can read what a user would see.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    /// <summary>Everything logged, one line per event, for assertions that nothing leaked (a token) and for failure output.</summary>
    public string Log => string.Join("\n", Errors.Select(e => $"error {e.Code}: {e.Message}")
        .Concat(Warnings.Select(w => $"warning {w.Code}: {w.Message}"))
        .Concat(Messages.Select(m => $"message {m.Code}: {m.Message}")));

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
}
