using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// What the generated code costs the user's build: parse, bind and emit IL for everything generated for a spec,
/// in a warm compiler (as with the compiler server). Each invocation takes seconds, so one per iteration.
/// </summary>
[Config(typeof(Config))]
public class CompileBenchmarks
{
    private IReadOnlyList<(string HintName, string Source)> sources = Array.Empty<(string, string)>();

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = string.Empty;

    public static IEnumerable<string> Specs => BenchmarkSpecs.Names;

    [GlobalSetup]
    public void Setup()
    {
        var (path, text) = BenchmarkSpecs.Load(Spec);
        sources = GeneratedCode.Generate(path, text);
        var problems = GeneratedCode.Compile(sources);
        Console.WriteLine($"// {Spec}: {sources.Count} generated files, {sources.Sum(s => s.Source.Length)} chars, {problems.Length} compiler errors/warnings");
        foreach (var problem in problems.Take(5))
        {
            Console.WriteLine("//   " + problem);
        }
    }

    [Benchmark]
    public ImmutableArray<Diagnostic> CompileGeneratedCode() => GeneratedCode.Compile(sources);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithId("Compile").WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
            AddColumn(StatisticColumn.Median, new OperationsColumn(), new PerHundredOperationsColumn());
        }
    }
}
