using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>A first generation in a fresh process (JIT included), as a command-line build without the compiler server pays it.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    private string path = string.Empty;
    private string text = string.Empty;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = string.Empty;

    public static System.Collections.Generic.IEnumerable<string> Specs => BenchmarkSpecs.Names;

    [GlobalSetup]
    public void Setup() => (path, text) = BenchmarkSpecs.Load(Spec);

    [Benchmark]
    public GeneratorDriverRunResult ColdFullGeneration() => DriverFactory.Create(path, text).RunGenerators(DriverFactory.Compilation("class A { }")).GetRunResult();
}
