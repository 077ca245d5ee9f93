using AiApiTestAutomation.Generator.Benchmarks;
using BenchmarkDotNet.Running;

// `--peak <spec> <parse|generate|nswag>`: one cold run in this process, printing its peak memory (run.sh).
// `--stages <spec>`: where warm generation spends its time, stage by stage.
// Anything else goes to BenchmarkDotNet (filters, --list flat, ...).
if (args is ["--peak", var spec, var mode])
{
    return PeakMemory.Run(spec, mode);
}

if (args is ["--stages", var stagesSpec, ..])
{
    return Stages.Run(stagesSpec, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
return 0;
