using System;
using System.IO;
using AiApiTestAutomation.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiApiTestAutomation.Generator;

/// <summary>Reads a spec's configuration from the AdditionalFiles item metadata the package's targets make visible.</summary>
internal static class SpecOptions
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static bool IsSpec(AnalyzerConfigOptions options) =>
        options.TryGetValue(MetadataPrefix + "ApiSpec", out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A JSON or YAML additional file that is neither a spec nor a spec baseline: a file a spec's <c>$ref</c> may name.</summary>
    public static bool IsReferenceCandidate(string path, AnalyzerConfigOptions options) =>
        (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        && !IsSpec(options)
        && Metadata(options, "ApiSpecBaseline") is null;

    public static SpecFile? ReadReferenceCandidate(AdditionalText file, System.Threading.CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return text is null ? null : new SpecFile(AiApiTestAutomation.Core.Loading.External.SpecPaths.Normalize(file.Path), text.ToString());
    }

    public static SpecInput? Read(AdditionalText file, AnalyzerConfigOptions options, string rootNamespace, string projectDir, System.Threading.CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            return null;
        }

        var prefix = Metadata(options, "ClassName") ?? Identifiers.ToPascalCase(SpecBaseName(file.Path), "Spec");
        var ns = Metadata(options, "Namespace") ?? $"{rootNamespace}.Generated.{prefix}";
        return new SpecInput(
            file.Path,
            DisplayPath(file.Path, projectDir),
            text.ToString(),
            ns,
            prefix,
            Metadata(options, "BaseUrl"),
            Metadata(options, "BaseUrlVariable") ?? "API_BASE_URL",
            PerformanceMetadata.Read(name => Metadata(options, name)));
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string SpecBaseName(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".openapi.json", ".openapi.yaml", ".openapi.yml", ".swagger.json", ".json", ".yaml", ".yml" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name;
    }

    private static string DisplayPath(string fullPath, string projectDir)
    {
        if (projectDir.Length > 0 && fullPath.StartsWith(projectDir, StringComparison.OrdinalIgnoreCase))
        {
            return fullPath.Substring(projectDir.Length).TrimStart('/', '\\').Replace('\\', '/');
        }

        return Path.GetFileName(fullPath);
    }
}
