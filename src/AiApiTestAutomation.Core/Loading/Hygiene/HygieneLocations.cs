using System;
using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading.Hygiene;

/// <summary>
/// Places hygiene findings in the spec text. Nothing is indexed until a rule reports, so a clean spec pays
/// nothing; the locator is shallow (components keys sit at depth 3) so a large spec does not pay a deep walk.
/// What the loader has already indexed (the model builder's shallow locator, a JSON text's line starts) is reused:
/// GitHub's hundreds of findings on operations indexed its 3 MB text a second time.
/// </summary>
internal sealed class HygieneLocations
{
    private const int KeyDepth = 3;

    private readonly string text;
    private readonly JsonText? json;
    private readonly Lazy<SourceLocator> keys;
    private List<int>? lineStarts;

    /// <param name="json">The text as UTF-8 with its line index, when the spec is JSON and the loader has it.</param>
    /// <param name="shallowLocator">A locator of the same text to depth 3 at least, when the loader has one.</param>
    public HygieneLocations(string filePath, string text, SourceFormat format, JsonText? json = null, SourceLocator? shallowLocator = null)
    {
        FilePath = filePath;
        this.text = text;
        this.json = json;
        keys = shallowLocator is null
            ? new Lazy<SourceLocator>(() => SourceLocator.Build(text, format, KeyDepth, json))
            : new Lazy<SourceLocator>(() => shallowLocator);
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
        if (json is not null)
        {
            return json.FirstTextColumn(line);
        }

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
