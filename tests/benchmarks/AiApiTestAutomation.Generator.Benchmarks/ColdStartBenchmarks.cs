using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using NSwag.CodeGeneration.CSharp;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// A first run in a fresh process (JIT included), as a command-line build without the compiler server pays it.
/// Each launch is a new process that runs the benchmark once.
/// </summary>
[Config(typeof(Config))]
public class ColdStartBenchmarks
{
    private string path = string.Empty;
    private string text = string.Empty;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = string.Empty;

    public static IEnumerable<string> Specs => BenchmarkSpecs.Names;

    [GlobalSetup]
    public void Setup() => (path, text) = BenchmarkSpecs.Load(Spec);

    [Benchmark(Baseline = true)]
    public Microsoft.OpenApi.OpenApiDocument? ColdBareOpenApiParse()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return Microsoft.OpenApi.OpenApiDocument.Parse(text, path.EndsWith(".json") ? "json" : "yaml", settings).Document;
    }

    [Benchmark]
    public GeneratorDriverRunResult ColdFullGeneration() => DriverFactory.Create(path, text).RunGenerators(DriverFactory.Compilation("class A { }")).GetRunResult();

    [Benchmark]
    public async Task<string> ColdNSwagClientGeneration()
    {
        var document = path.EndsWith(".json") ? await NSwag.OpenApiDocument.FromJsonAsync(text) : await NSwag.OpenApiYamlDocument.FromYamlAsync(text);
        return new CSharpClientGenerator(document, new CSharpClientGeneratorSettings { ClassName = "BenchClient", CSharpGeneratorSettings = { Namespace = "Bench" } }).GenerateFile();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithId("Cold").WithStrategy(RunStrategy.ColdStart).WithLaunchCount(5).WithWarmupCount(0).WithIterationCount(1));
            AddColumn(StatisticColumn.Median, new OperationsColumn(), new MedianRatioColumn("×Parse", nameof(ColdBareOpenApiParse)), new MedianRatioColumn("×NSwag", nameof(ColdNSwagClientGeneration)));
        }
    }
}
