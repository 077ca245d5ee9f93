using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using NSwag.CodeGeneration.CSharp;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// Warm generation against the bare Microsoft.OpenApi parse of the same text and against NSwag, in one process and run.
/// FullGeneration = a fresh driver: parse, build the model, plan and emit every file.
/// The reruns start from a driver that has already generated for the spec, as the IDE's does.
/// </summary>
[Config(typeof(WarmConfig))]
public class GenerationBenchmarks
{
    private string path = string.Empty;
    private string text = string.Empty;
    private AdditionalText spec = null!;
    private AdditionalText editedSpec = null!;
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
        spec = DriverFactory.Spec(path, text);
        editedSpec = DriverFactory.Spec(path, BenchmarkSpecs.EditOneOperation(text));
        compilation = DriverFactory.Compilation("class A { }");
        editedCompilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int x = 1; }", DriverFactory.ParseOptions));
        warmDriver = DriverFactory.Create(spec).RunGenerators(compilation);
    }

    [Benchmark(Baseline = true)]
    public Microsoft.OpenApi.OpenApiDocument? BareOpenApiParse()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return Microsoft.OpenApi.OpenApiDocument.Parse(text, path.EndsWith(".json") ? "json" : "yaml", settings).Document;
    }

    [Benchmark]
    public GeneratorDriverRunResult FullGeneration() => DriverFactory.Create(spec).RunGenerators(compilation).GetRunResult();

    [Benchmark]
    public GeneratorDriverRunResult RerunAfterUnrelatedEdit() => warmDriver.RunGenerators(editedCompilation).GetRunResult();

    [Benchmark]
    public GeneratorDriverRunResult RerunAfterOneOperationEdit() => warmDriver.ReplaceAdditionalText(spec, editedSpec).RunGenerators(compilation).GetRunResult();

    /// <summary>The peer: NSwag reads the same text (its own parser) and generates a C# client; it emits no tests.</summary>
    [Benchmark]
    public async Task<string> NSwagClientGeneration()
    {
        var document = await NSwagParse();
        var generator = new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
        {
            ClassName = "BenchClient",
            CSharpGeneratorSettings = { Namespace = "Bench" },
        });
        return generator.GenerateFile();
    }

    [Benchmark]
    public Task<NSwag.OpenApiDocument> NSwagParse() => path.EndsWith(".json")
        ? NSwag.OpenApiDocument.FromJsonAsync(text)
        : NSwag.OpenApiYamlDocument.FromYamlAsync(text);
}
