using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Core;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>
/// Every spec of the public corpus generates code that compiles with zero warnings (warnings are errors here), and
/// generates every operation the corpus's SOURCES.md counts, less those a diagnostic says were left out. Multi-file
/// specs get their sibling files as plain AdditionalFiles, as the package's targets supply them.
/// With CORPUS_TABLE_DIR set, each case also writes its row of docs/corpus.md there (scripts/corpus-table.sh).
/// </summary>
public sealed class CorpusCompileTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, int>> DeclaredOperations = new(ReadDeclaredOperations);

    public static IEnumerable<object[]> Specs()
    {
        foreach (var file in Directory.EnumerateFiles(SharedCorpus.SpecsDir).Order())
        {
            if (file.EndsWith(".json") || file.EndsWith(".yaml"))
            {
                yield return new object[] { Path.GetFileName(file) };
            }
        }

        yield return new object[] { "digitalocean-3.0/DigitalOcean-public.v2.yaml" };
        yield return new object[] { "oai-petstore-separate-swagger-2.0/spec/swagger.yaml" };
        yield return new object[] { "redocly-cafe-multifile-3.1/openapi.yaml" };
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Corpus_spec_generates_code_that_compiles_without_warnings(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, relativePath));
        var inputs = new List<(string Path, string Text, Dictionary<string, string> Metadata)> { GeneratorHarness.Spec("specs/" + relativePath, text) };
        inputs.AddRange(SiblingFiles(relativePath));

        var (run, compileDiagnostics, _) = GeneratorHarness.GenerateAndCompile(inputs.ToArray());

        var result = run.Results.Single();
        var sources = result.GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        int Count(string category) => sources.Where(s => s.Contains($"[Trait(\"Category\", \"{category}\")]")).Sum(s => s.Split("[ApiFact").Length + s.Split("[ApiTheory").Length - 2);
        var operations = result.GeneratedSources.Where(s => s.HintName.EndsWith(".Operations.g.cs")).Sum(s => Regex.Matches(s.SourceText.ToString(), "public static readonly ApiOperationInfo ").Count);
        var leftOut = result.Diagnostics.Count(d => d.GetMessage().Contains("the operation is not generated") || d.Id == DiagnosticIds.OperationSkipped);
        var declared = DeclaredOperations.Value[relativePath];
        var row = new CorpusRow(
            relativePath,
            SpecVersion(text),
            declared,
            operations,
            Count("Crud"),
            Count("Error"),
            Count("Validation"),
            Count("Performance"),
            result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}").ToList(),
            compileDiagnostics.IsEmpty ? "compiles, 0 warnings" : $"{compileDiagnostics.Length} compiler diagnostics");

        output.WriteLine(row.ToMarkdown());
        foreach (var diagnostic in result.Diagnostics.Take(5))
        {
            output.WriteLine("  " + diagnostic);
        }

        WriteRow(row);
        Assert.Null(result.Exception);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics.Take(20)));
        Assert.Equal(declared - leftOut, operations);
    }

    /// <summary>Every other JSON/YAML file of a multi-file spec's folder tree (what the package's targets add as AdditionalFiles).</summary>
    private static IEnumerable<(string Path, string Text, Dictionary<string, string> Metadata)> SiblingFiles(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        if (slash < 0)
        {
            return [];
        }

        var folder = relativePath.Substring(0, slash);
        return Directory.EnumerateFiles(Path.Combine(SharedCorpus.SpecsDir, folder), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml") || f.EndsWith(".yml") || f.EndsWith(".json"))
            .Select(f => Path.GetRelativePath(SharedCorpus.SpecsDir, f).Replace('\\', '/'))
            .Where(f => f != relativePath)
            .Order(StringComparer.Ordinal)
            .Select(f => GeneratorHarness.PlainFile("specs/" + f, File.ReadAllText(Path.Combine(SharedCorpus.SpecsDir, f))));
    }

    /// <summary>The "Operations" column of SOURCES.md, counted there with PyYAML, independently of any .NET parser.</summary>
    private static Dictionary<string, int> ReadDeclaredOperations()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(SharedCorpus.SpecsDir, "SOURCES.md")))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length > 12 && cells[1].StartsWith('`') && int.TryParse(cells[11].Replace(",", ""), out var operations))
            {
                counts[cells[1].Trim('`')] = operations;
            }
        }

        return counts;
    }

    private static string SpecVersion(string text)
    {
        var match = Regex.Match(text, @"[""']?(openapi|swagger)[""']?\s*:\s*[""']?([0-9.]+)");
        return match.Success ? (match.Groups[1].Value == "swagger" ? "Swagger " : "OpenAPI ") + match.Groups[2].Value : "?";
    }

    private static void WriteRow(CorpusRow row)
    {
        var folder = Environment.GetEnvironmentVariable("CORPUS_TABLE_DIR");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, row.Spec.Replace('/', '_') + ".md"), row.ToMarkdown() + "\n");
        }
    }

    private sealed record CorpusRow(string Spec, string Version, int Declared, int Generated, int Crud, int Error, int Validation, int Performance, List<string> Diagnostics, string Compile)
    {
        public string ToMarkdown() =>
            $"| `{Spec}` | {Version} | {Declared} | {Generated} | {Crud} | {Error} | {Validation} | {Performance} | {(Diagnostics.Count == 0 ? "none" : string.Join(", ", Diagnostics))} | {Compile} |";
    }
}
