using System.IO;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Loading.External;
using AiApiTestAutomation.Core.Model;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Core.Tests.External;

/// <summary>The corpus's multi-file specs load in full when their sibling files are supplied.</summary>
public sealed class MultiFileCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("oai-petstore-separate-swagger-2.0/spec/swagger.yaml", 4)]
    [InlineData("redocly-cafe-multifile-3.1/openapi.yaml", 12)]
    [InlineData("digitalocean-3.0/DigitalOcean-public.v2.yaml", 659)]
    public void Multi_file_spec_loads_every_operation_the_corpus_counts(string relativePath, int operations)
    {
        var rootPath = SpecPaths.Normalize(Path.Combine(SharedCorpus.SpecsDir, relativePath));
        var specsDir = SpecPaths.Normalize(SharedCorpus.SpecsDir) + "/";

        var result = SpecLoader.Load(rootPath, File.ReadAllText(rootPath), SpecLoadOptions.Default, path =>
            path.StartsWith(specsDir, System.StringComparison.Ordinal) && File.Exists(path) ? File.ReadAllText(path) : null);

        output.WriteLine($"{relativePath}: {result.Spec?.Operations.Count} operations, {result.Spec?.Models.Count} models");
        foreach (var group in result.Diagnostics.GroupBy(d => d.Id))
        {
            output.WriteLine($"  {group.Key} x{group.Count()}: {group.First()}");
        }

        Assert.NotNull(result.Spec);
        Assert.Equal(operations, result.Spec!.Operations.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is DiagnosticIds.ReferencedFileMissing or DiagnosticIds.ReferencedFragmentMissing or DiagnosticIds.ReferenceCycle or DiagnosticIds.UnresolvedReference);
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && File.Exists(d.FilePath), d.ToString()));
    }
}
