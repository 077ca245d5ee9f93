using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Analyzers;

/// <summary>Finds a spec (and its baseline copy) among the AdditionalFiles by the project-relative path the generator records.</summary>
internal sealed class SpecFiles
{
    private const string BaselineMetadata = "build_metadata.AdditionalFiles.ApiSpecBaseline";

    private readonly ImmutableArray<AdditionalText> files;
    private readonly AnalyzerConfigOptionsProvider options;

    public SpecFiles(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options)
    {
        this.files = files;
        this.options = options;
    }

    /// <summary>The spec itself: an AdditionalFile whose path ends with <paramref name="specPath"/> and is not a baseline copy.</summary>
    public AdditionalText? Current(string specPath)
    {
        var suffix = "/" + Normalize(specPath);
        AdditionalText? best = null;
        foreach (var file in files)
        {
            var path = Normalize(file.Path);
            if ((path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || path.Equals(Normalize(specPath), StringComparison.OrdinalIgnoreCase))
                && BaselineOf(file) is null
                && (best is null || path.Length < best.Path.Length))
            {
                // The shortest match wins: a copy under obj/ also ends with the relative path.
                best = file;
            }
        }

        return best;
    }

    /// <summary>The baseline copy (the spec as of git HEAD) an MSBuild target added with ApiSpecBaseline="<paramref name="specPath"/>".</summary>
    public AdditionalText? Baseline(string specPath)
    {
        var wanted = Normalize(specPath);
        foreach (var file in files)
        {
            if (BaselineOf(file) is { } baselineOf && Normalize(baselineOf).Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>The whole of a 1-based line of a spec, or a position in ProjectDir + specPath when the file is not an AdditionalFile.</summary>
    public Location LineLocation(string specPath, int line, CancellationToken cancellationToken)
    {
        var index = Math.Max(0, line - 1);
        if (Current(specPath) is { } file && file.GetText(cancellationToken) is { } text && text.Lines.Count > 0)
        {
            var textLine = text.Lines[Math.Min(index, text.Lines.Count - 1)];
            return Location.Create(file.Path, textLine.Span, text.Lines.GetLinePositionSpan(textLine.Span));
        }

        if (options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir) && !string.IsNullOrEmpty(projectDir))
        {
            var position = new LinePosition(index, 0);
            return Location.Create(projectDir.TrimEnd('/', '\\') + "/" + specPath, default, new LinePositionSpan(position, position));
        }

        return Location.None;
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    private string? BaselineOf(AdditionalText file) =>
        options.GetOptions(file).TryGetValue(BaselineMetadata, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
