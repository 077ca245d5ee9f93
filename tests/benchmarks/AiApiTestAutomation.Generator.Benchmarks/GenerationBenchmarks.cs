using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// Warm generation against the bare Microsoft.OpenApi parse of the same text, in the same run.
/// FullGeneration = a fresh driver: parse, build the model, plan and emit every file.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private string path = string.Empty;
    private string text = string.Empty;
    private GeneratorDriver warmDriver = null!;
    private CSharpCompilation compilation = null!;
    private CSharpCompilation editedCompilation = null!;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = string.Empty;

    public static IEnumerable<string> Specs => BenchmarkSpecs.Names;

    [GlobalSetup]
    public void Setup()
    {
        (path, text) = BenchmarkSpecs.Load(Spec);
        compilation = DriverFactory.Compilation("class A { }");
        editedCompilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x = 1; }", DriverFactory.ParseOptions));
        warmDriver = DriverFactory.Create(path, text).RunGenerators(compilation);
    }

    [Benchmark(Baseline = true)]
    public OpenApiDocument? BareOpenApiParse()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(text, path.EndsWith(".json") ? "json" : "yaml", settings).Document;
    }

    [Benchmark]
    public GeneratorDriverRunResult FullGeneration() => DriverFactory.Create(path, text).RunGenerators(compilation).GetRunResult();

    [Benchmark]
    public GeneratorDriverRunResult RerunAfterUnrelatedEdit() => warmDriver.RunGenerators(editedCompilation).GetRunResult();
}
