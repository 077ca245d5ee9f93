using AiApiTestAutomation.Generator.Benchmarks;
using BenchmarkDotNet.Running;

// `--peak <spec> <parse|generate|nswag>`: one cold run in this process, printing its peak memory (run.sh).
// `--stages <spec>`: where warm generation spends its time, stage by stage.
// `--diagnostics <file>...`: the loader's diagnostics for each file, to check an optimisation changed none.
// Anything else goes to BenchmarkDotNet (filters, --list flat, ...).
if (args is ["--peak", var spec, var mode])
{
    return PeakMemory.Run(spec, mode);
}

if (args is ["--diagnostics", .. var files])
{
    // Every diagnostic the loader reports for each file given (paths), one per line: to compare two builds.
    foreach (var file in files)
    {
        var result = AiApiTestAutomation.Core.Loading.SpecLoader.Load(file, System.IO.File.ReadAllText(file));
        foreach (var diagnostic in result.Diagnostics)
        {
            System.Console.WriteLine($"{System.IO.Path.GetFileName(file)}:{diagnostic.Line}:{diagnostic.Column} {diagnostic.Id} {diagnostic.Message}");
        }
    }

    return 0;
}

if (args is ["--stages", var stagesSpec, ..])
{
    return Stages.Run(stagesSpec, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
return 0;
