using System.Linq;
using AiApiTestAutomation.Generator.Benchmarks;
using BenchmarkDotNet.Running;

// `--peak <spec> <parse|generate|nswag>`: one cold run in this process, printing its peak memory (run.sh).
// `--stages <spec>`: where warm generation spends its time, stage by stage.
// `--hash <file>...`: a digest of all output per spec, to compare two builds.
// `--loop <spec> <rounds>`: full generation repeated, to profile.
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

if (args is ["--hash", .. var hashFiles])
{
    // A digest of everything generated (sources and diagnostics, with lines) per spec: to check an optimisation changed no output.
    foreach (var file in hashFiles)
    {
        var result = DriverFactory.Create(file, System.IO.File.ReadAllText(file)).RunGenerators(DriverFactory.Compilation("class A { }")).GetRunResult();
        var all = new System.Text.StringBuilder();
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources))
        {
            all.Append(source.HintName).Append('\n').Append(source.SourceText).Append('\n');
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            all.Append(diagnostic).Append('\n');
        }

        var digest = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(all.ToString())));
        System.Console.WriteLine($"{digest[..16]} {result.Diagnostics.Length,5} diagnostics {System.IO.Path.GetFileName(file)}");
    }

    return 0;
}

if (args is ["--loop", var loopSpec, var loopRounds])
{
    // Full generation over and over, nothing else: a process to attach a profiler to (dotnet-trace collect -- ...).
    var (loopPath, loopText) = BenchmarkSpecs.Load(loopSpec);
    var compilation = DriverFactory.Compilation("class A { }");
    for (var round = 0; round < int.Parse(loopRounds, System.Globalization.CultureInfo.InvariantCulture); round++)
    {
        DriverFactory.Create(loopPath, loopText).RunGenerators(compilation).GetRunResult();
    }

    System.Console.WriteLine($"GC pauses {System.GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, gen0/1/2 {System.GC.CollectionCount(0)}/{System.GC.CollectionCount(1)}/{System.GC.CollectionCount(2)}, allocated {System.GC.GetTotalAllocatedBytes() / 1_000_000} MB, CPU {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:0} ms");

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
return 0;
