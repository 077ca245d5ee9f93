using System.Collections.Generic;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>A multi-file spec as one JSON document, what went wrong on the way, and where each part came from.</summary>
internal sealed class SpecBundle
{
    public SpecBundle(string json, IReadOnlyList<SpecDiagnostic> diagnostics, BundleSourceMap sourceMap, int filesRead)
    {
        Json = json;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
        FilesRead = filesRead;
    }

    public string Json { get; }

    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    public BundleSourceMap SourceMap { get; }

    /// <summary>How many other files were asked for (found or not).</summary>
    public int FilesRead { get; }
}
