using System;
using System.Collections.Generic;
using System.Linq;

namespace AiApiTestAutomation.Tasks.Reporting;

/// <summary>The report of one project: what the writers render as JSON, Markdown and HTML. No timestamps, so an unchanged spec gives identical files.</summary>
internal sealed record ProjectReport(string Project, IReadOnlyList<SpecReport> Specs)
{
    public int Score => Specs.Count == 0 ? 0 : (int)Math.Round(Specs.Average(s => s.Score), MidpointRounding.AwayFromZero);
}

internal sealed record SpecReport(
    string Path,
    string? Title,
    string? Version,
    string? SpecVersion,
    int Score,
    IReadOnlyList<OperationReport> Operations,
    IReadOnlyList<Finding> Findings);

internal sealed record OperationReport(
    string Method,
    string Path,
    string OperationId,
    int Line,
    IReadOnlyList<string> Categories,
    int TestCount,
    int Score,
    IReadOnlyList<Finding> Findings);

/// <summary>A spec diagnostic from SpecLoader (hygiene rules and reader problems).</summary>
internal sealed record Finding(string Id, string Severity, string Message, int Line);
