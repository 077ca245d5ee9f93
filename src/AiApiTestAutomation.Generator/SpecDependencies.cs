using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Loading.External;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Generator;

/// <summary>
/// The additional files one spec reaches through its <c>$ref</c>s, followed transitively. Only these travel with the
/// spec into the next step, so editing a file no spec references, or a file another spec references, leaves this
/// spec's model cached.
/// </summary>
internal static class SpecDependencies
{
    public static EquatableArray<SpecFile> Of(string specPath, string specText, EquatableArray<SpecFile> available)
    {
        var rootPath = SpecPaths.Normalize(specPath);
        var first = ExternalReferences.FilesReferencedBy(rootPath, specText);
        if (first.Count == 0 || available.IsEmpty)
        {
            return EquatableArray<SpecFile>.Empty;
        }

        var byPath = new Dictionary<string, SpecFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in available)
        {
            byPath[file.Path] = file;
        }

        var found = new List<SpecFile>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { rootPath };
        var pending = new Queue<IReadOnlyCollection<string>>();
        pending.Enqueue(first);
        while (pending.Count > 0)
        {
            foreach (var path in pending.Dequeue())
            {
                if (visited.Add(path) && byPath.TryGetValue(path, out var file))
                {
                    found.Add(file);
                    pending.Enqueue(ExternalReferences.FilesReferencedBy(file.Path, file.Text));
                }
            }
        }

        return found.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The reader the loader calls for each referenced file: only the files found above, never the disk.</summary>
    public static Func<string, string?> Reader(EquatableArray<SpecFile> files)
    {
        if (files.IsEmpty)
        {
            return static _ => null;
        }

        var byPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            byPath[file.Path] = file.Text;
        }

        return path => byPath.TryGetValue(path, out var text) ? text : null;
    }
}
