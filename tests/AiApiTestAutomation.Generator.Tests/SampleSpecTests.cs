using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Generator.Tests;

public sealed class SampleSpecTests(ITestOutputHelper output)
{
    [Fact]
    public void Sample_spec_generates_code_that_compiles_without_warnings()
    {
        var (run, diagnostics, _) = GeneratorHarness.GenerateAndCompile(GeneratorHarness.Spec("specs/store.openapi.json", SharedCorpus.SampleSpec, "Store.Api.Tests.Generated"));

        foreach (var source in run.Results.Single().GeneratedSources)
        {
            output.WriteLine($"// ===== {source.HintName}");
            output.WriteLine(source.SourceText.ToString().Length > 4000 ? source.SourceText.ToString()[..4000] : source.SourceText.ToString());
        }

        Assert.Empty(run.Diagnostics);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
    }
}
