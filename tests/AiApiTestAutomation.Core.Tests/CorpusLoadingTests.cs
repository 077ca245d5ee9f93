using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using Xunit;
using Xunit.Abstractions;

namespace AiApiTestAutomation.Core.Tests;

public sealed class CorpusLoadingTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Specs() => SharedCorpus.EntrySpecs().Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_corpus_spec_loads_into_a_model_or_gives_located_diagnostics(string relativePath)
    {
        var result = SpecLoader.Load(relativePath, SharedCorpus.Read(relativePath));

        output.WriteLine($"{relativePath}: {result.Spec?.Operations.Count ?? 0} operations, {result.Spec?.Models.Count ?? 0} models, {result.Diagnostics.Count} diagnostics");
        foreach (var diagnostic in result.Diagnostics.Take(10))
        {
            output.WriteLine("  " + diagnostic);
        }

        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal(relativePath, d.FilePath);
            Assert.True(d.Line >= 1, $"diagnostic without a line: {d}");
            Assert.StartsWith("AAT1", d.Id);
        });
        Assert.True(result.Spec is not null || result.Diagnostics.Any(d => d.Severity == SpecDiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("github-rest-3.0.json", 623)]
    [InlineData("stripe-3.0.json", 417)]
    [InlineData("kubernetes-1.25-swagger-2.0.json", 661)]
    [InlineData("twilio-api-v2010-3.0.json", 197)]
    [InlineData("discord-3.1.json", 242)]
    [InlineData("openai-3.1.yaml", 288)]
    [InlineData("oai-petstore-swagger-2.0.json", 3)]
    [InlineData("apifox-petstore-gitsync-3.0.json", 20)]
    public void Operation_counts_match_the_corpus_sources(string relativePath, int operations)
    {
        var result = SpecLoader.Load(relativePath, SharedCorpus.Read(relativePath));

        Assert.NotNull(result.Spec);
        Assert.Equal(operations, result.Spec!.Operations.Count);
        Assert.Equal(operations, result.Spec.Operations.Select(o => o.Name).Distinct().Count());
    }

    [Fact]
    public void Json_and_yaml_forms_of_the_same_spec_give_equal_operations()
    {
        var json = SpecLoader.Load("github.json", SharedCorpus.Read("github-rest-3.0.json")).Spec!;
        var yaml = SpecLoader.Load("github.yaml", SharedCorpus.Read("github-rest-3.0.yaml")).Spec!;

        Assert.Equal(json.Operations.Select(o => (o.Name, o.Method, o.Path)), yaml.Operations.Select(o => (o.Name, o.Method, o.Path)));
        Assert.Equal(json.Models.Select(m => m.Name), yaml.Models.Select(m => m.Name));
    }

    [Fact]
    public void Loading_the_same_text_twice_gives_equal_models()
    {
        var text = SharedCorpus.Read("stripe-3.0.json");

        Assert.Equal(SpecLoader.Load("stripe.json", text), SpecLoader.Load("stripe.json", text));
    }
}
