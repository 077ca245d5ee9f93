using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// A short job, so the whole suite finishes in minutes on a shared 2-core machine: one process, 2 warmups and
/// 7 measured iterations per benchmark (BenchmarkDotNet's ShortRun has 3). Medians and same-run ratios are the
/// figures to read; a busy machine moves absolute times far more than it moves ratios.
/// </summary>
public sealed class WarmConfig : ManualConfig
{
    public WarmConfig()
    {
        AddJob(Job.Default.WithId("Warm").WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, new OperationsColumn(), new MedianRatioColumn("×Parse", nameof(GenerationBenchmarks.BareOpenApiParse)), new MedianRatioColumn("×NSwag", nameof(GenerationBenchmarks.NSwagClientGeneration)));
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
    }
}
