using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Generator.Tests;

/// <summary>Every spec of the public corpus generates code that compiles with zero warnings (warnings are errors here).</summary>
public sealed class CorpusCompileTests(ITestOutputHelper output)
{
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

        var (run, compileDiagnostics, compilation) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec("specs/" + Path.GetFileName(relativePath), text));

        var result = run.Results.Single();
        var sources = result.GeneratedSources.Select(s => s.SourceText.ToString()).ToList();
        int Count(string category, string attribute) => sources.Where(s => s.Contains($"[Trait(\"Category\", \"{category}\")]")).Sum(s => s.Split(attribute).Length - 1);
        output.WriteLine($"{relativePath}: {result.GeneratedSources.Length} files, {result.GeneratedSources.Sum(s => s.SourceText.Length):N0} chars, " +
            $"{Count("Crud", "[Fact]")} CRUD, {Count("Error", "[Fact]")} error, {Count("Validation", "[Theory]")} validation theories, {result.Diagnostics.Length} spec diagnostics");
        foreach (var diagnostic in result.Diagnostics.Take(5))
        {
            output.WriteLine("  " + diagnostic);
        }

        Assert.Null(result.Exception);
        Assert.True(compileDiagnostics.IsEmpty, string.Join("\n", compileDiagnostics.Take(20)));
    }
}
