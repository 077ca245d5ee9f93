namespace AiApiTestAutomation.Core.Model;

public enum SpecDiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A problem found in a spec, located by file and 1-based line, kept as plain data so it can
/// cross incremental-generator steps (a Roslyn Diagnostic is built from it only at the end).
/// </summary>
public sealed record SpecDiagnostic(
    string Id,
    SpecDiagnosticSeverity Severity,
    string Message,
    string FilePath,
    int Line,
    int Column,
    string? Pointer = null)
{
    public override string ToString() => $"{FilePath}({Line},{Column}): {Severity} {Id}: {Message}";
}
