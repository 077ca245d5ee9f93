using System;
using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// Places hygiene findings in the spec text. Nothing is indexed until a rule reports, so a clean spec pays
/// nothing; the locator is shallow (components keys sit at depth 3) so a large spec does not pay a deep walk.
/// </summary>
internal sealed class HygieneLocations
{
    private readonly string text;
    private readonly Lazy<SourceLocator> keys;
    private List<int>? lineStarts;

    public HygieneLocations(string filePath, string text, SourceFormat format)
    {
        FilePath = filePath;
        this.text = text;
        keys = new Lazy<SourceLocator>(() => SourceLocator.Build(text, format, maxDepth: 3));
    }

    public string FilePath { get; }

    public static string PointerOf(ApiOperation operation) =>
        JsonPointer.Join(new[] { "paths", operation.Path, operation.Method.ToLowerInvariant() });

    /// <summary>A finding on an operation: its line (known from the model), at the first character of that line's text.</summary>
    public SpecDiagnostic AtOperation(string id, SpecDiagnosticSeverity severity, string message, ApiOperation operation) =>
        new(id, severity, message, FilePath, operation.Line, FirstColumn(operation.Line), PointerOf(operation));

    public SpecDiagnostic At(string id, SpecDiagnosticSeverity severity, string message, string pointer)
    {
        var (line, column) = keys.Value.Find(pointer);
        return new SpecDiagnostic(id, severity, message, FilePath, line, column, pointer);
    }

    private int FirstColumn(int line)
    {
        lineStarts ??= LineStarts(text);
        if (line < 1 || line > lineStarts.Count)
        {
            return 1;
        }

        var column = 1;
        for (var i = lineStarts[line - 1]; i < text.Length && text[i] is ' ' or '\t'; i++)
        {
            column++;
        }

        return column;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        var index = 0;
        while ((index = text.IndexOf('\n', index)) >= 0)
        {
            starts.Add(++index);
        }

        return starts;
    }
}
