using System;
using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>
/// Which parts of the bundled document came from which file, so a problem the reader or the model builder finds
/// inside a referenced file is reported on that file's line, not on the root spec.
/// </summary>
internal sealed class BundleSourceMap
{
    private readonly Dictionary<string, (ReferencedDocument Document, string FilePointer)> regions = new(StringComparer.Ordinal);

    public int Count => regions.Count;

    public void Add(string bundlePointer, ReferencedDocument document, string filePointer) => regions[bundlePointer] = (document, filePointer);

    public SpecDiagnostic Relocate(SpecDiagnostic diagnostic)
    {
        if (diagnostic.Pointer is null || regions.Count == 0)
        {
            return diagnostic;
        }

        var segments = JsonPointer.Split(diagnostic.Pointer);
        for (var length = segments.Count; length > 0; length--)
        {
            var prefix = JsonPointer.Join(segments.GetRange(0, length));
            if (regions.TryGetValue(prefix, out var region))
            {
                var filePointer = region.FilePointer + JsonPointer.Join(segments.GetRange(length, segments.Count - length));
                var (line, column) = region.Document.Find(filePointer);
                return diagnostic with { FilePath = region.Document.Path, Line = line, Column = column };
            }
        }

        return diagnostic;
    }
}
