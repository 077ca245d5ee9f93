using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AiApiTestAutomation.Core.Tests;

/// <summary>The public spec corpus in ../shared/specs (beside the clone in CI).</summary>
internal static class SharedCorpus
{
    public static string SharedDir { get; } = typeof(SharedCorpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SharedDir").Value!;

    public static string SpecsDir => Path.Combine(SharedDir, "specs");

    /// <summary>The single-file specs of one format (<c>*.json</c>, <c>*.yaml</c>), by file name, as theory data.</summary>
    public static Xunit.TheoryData<string> SingleFileSpecs(string pattern)
    {
        var data = new Xunit.TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SpecsDir, pattern).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>Every single-file spec and the entry file of each multi-file spec, relative to the specs folder.</summary>
    public static IEnumerable<string> EntrySpecs()
    {
        foreach (var file in Directory.EnumerateFiles(SpecsDir).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (IsSpecFile(file))
            {
                yield return Path.GetFileName(file);
            }
        }

        yield return "digitalocean-3.0/DigitalOcean-public.v2.yaml";
        yield return "oai-petstore-separate-swagger-2.0/spec/swagger.yaml";
        yield return "redocly-cafe-multifile-3.1/openapi.yaml";
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(SpecsDir, relativePath));

    private static bool IsSpecFile(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);
}
