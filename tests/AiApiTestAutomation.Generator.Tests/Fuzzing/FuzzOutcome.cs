using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>What one case did: how long generation took, what it reported, and every broken promise.</summary>
internal sealed record FuzzOutcome(
    FuzzCase Case,
    TimeSpan Generation,
    TimeSpan? Compilation,
    IReadOnlyList<string> Diagnostics,
    int GeneratedFiles,
    IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;

    public IEnumerable<string> DiagnosticIds => System.Linq.Enumerable.Select(Diagnostics, d => d.Substring(0, d.IndexOf(' ') is var space and > 0 ? space : d.Length));
}
