using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>
/// What one case did: how long generation took, what it reported, and every broken promise. A failing case keeps
/// its generated sources (hint name, text) so that AAT_FUZZ_DUMP can write them next to the spec.
/// </summary>
internal sealed record FuzzOutcome(
    FuzzCase Case,
    TimeSpan Generation,
    TimeSpan? Compilation,
    IReadOnlyList<string> Diagnostics,
    int GeneratedFiles,
    IReadOnlyList<string> Failures,
    IReadOnlyList<(string HintName, string Text)>? FailedSources = null)
{
    public bool Passed => Failures.Count == 0;

    public IEnumerable<string> DiagnosticIds => System.Linq.Enumerable.Select(Diagnostics, d => d.Substring(0, d.IndexOf(' ') is var space and > 0 ? space : d.Length));
}
