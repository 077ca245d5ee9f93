using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// One process, 40 warm-ups and 15 measured iterations per benchmark. The warm-ups are what make it warm: .NET
/// compiles a method with full optimisation once it has been called 30 times (a loop in it sooner, by on-stack
/// replacement), and much of generation (building the model, writing each file) runs once per generation, where
/// the parse's per-node methods reach that count within one run. With 2 warm-ups (this job until 2026-12-06)
/// generation was measured partly in unoptimised code: GitHub's full generation took 318 ms against 165 ms warmed,
/// the parse 90 and 77 ms (docs/performance.md, fifth round). Medians and same-run ratios are the figures to read; a
/// busy machine moves absolute times far more than it moves ratios.
/// With <c>AAT_BENCH_GC=server</c> the job runs with the server garbage collector, as the compiler does: csc and the
/// compiler server (VBCSCompiler), where generators run in a build, have <c>System.GC.Server</c> set in their
/// runtimeconfig.json. The default is the workstation collector, as every figure before 2026-12-06 (session 8).
/// </summary>
public sealed class WarmConfig : ManualConfig
{
    /// <summary>Warm-up runs before anything is measured; <c>--loop</c> and <c>--stages</c> use the same count.</summary>
    public const int WarmUps = 40;

    public WarmConfig()
    {
        var server = System.Environment.GetEnvironmentVariable("AAT_BENCH_GC") == "server";
        AddJob(Job.Default.WithId(server ? "WarmServerGC" : "Warm").WithGcServer(server).WithLaunchCount(1).WithWarmupCount(WarmUps).WithIterationCount(15));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, new OperationsColumn(), new MedianRatioColumn("×Parse", nameof(GenerationBenchmarks.BareOpenApiParse)), new MedianRatioColumn("×NSwag", nameof(GenerationBenchmarks.NSwagClientGeneration)));
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
    }
}
