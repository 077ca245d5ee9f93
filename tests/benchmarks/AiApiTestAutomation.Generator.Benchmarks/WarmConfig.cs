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
/// generation was measured partly in unoptimised code: GitHub's full generation took 318 ms against 225 ms after
/// 40 warm-ups, the parse 75 ms either way. Medians and same-run ratios are the figures to read; a busy machine
/// moves absolute times far more than it moves ratios.
/// </summary>
public sealed class WarmConfig : ManualConfig
{
    public WarmConfig()
    {
        AddJob(Job.Default.WithId("Warm").WithLaunchCount(1).WithWarmupCount(40).WithIterationCount(15));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, new OperationsColumn(), new MedianRatioColumn("×Parse", nameof(GenerationBenchmarks.BareOpenApiParse)), new MedianRatioColumn("×NSwag", nameof(GenerationBenchmarks.NSwagClientGeneration)));
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
    }
}
