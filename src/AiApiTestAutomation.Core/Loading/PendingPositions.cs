using System;
using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Diagnostics placed by the deep locator are made with their pointer and a pending position, and placed all together
/// when loading ends. The deep locator walks the text on demand, and on a YAML text each walk parses the whole text
/// again (SharpYaml cannot skip a subtree): placed as they came, the reader's problems and the example check's
/// failures cost OpenAI's spec two parses of its YAML; placed together, they share one walk.
/// </summary>
internal static class PendingPositions
{
    // Lines are 1-based, so 0 marks a position still to find.
    private const int Pending = 0;

    /// <summary>A diagnostic at <paramref name="pointer"/> (the root when null), placed by <see cref="Place"/>.</summary>
    public static SpecDiagnostic At(string id, SpecDiagnosticSeverity severity, string message, string filePath, string? pointer) =>
        new(id, severity, message, filePath, Pending, Pending, pointer);

    /// <param name="shallow">The model builder's shallow locator, which lets the deep one walk only the parts with problems.</param>
    public static void Place(List<SpecDiagnostic> diagnostics, Lazy<SourceLocator> locator, SourceLocator? shallow)
    {
        List<string>? pointers = null;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Line == Pending)
            {
                (pointers ??= new List<string>()).Add(diagnostic.Pointer ?? string.Empty);
            }
        }

        if (pointers is null)
        {
            return;
        }

        locator.Value.Prefetch(pointers, shallow);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Line == Pending)
            {
                var (line, column) = locator.Value.Find(diagnostics[i].Pointer);
                diagnostics[i] = diagnostics[i] with { Line = line, Column = column };
            }
        }
    }
}
