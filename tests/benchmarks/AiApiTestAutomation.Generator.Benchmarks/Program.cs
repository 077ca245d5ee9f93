using System.Linq;
using AiApiTestAutomation.Generator.Benchmarks;
using BenchmarkDotNet.Running;

// `--peak <spec> <parse|generate|nswag>`: one cold run in this process, printing its peak memory (run.sh).
// `--stages <spec>`: where warm generation spends its time, stage by stage.
// `--hash <file>...`: a digest of all output per spec, to compare two builds (a spec outside a folder named specs
// brings the rest of its folder as the files its external $refs point to).
// `--loop <spec> <rounds> [parse]`: full generation (or the bare parse) repeated: CPU time per run, and a process to profile
//   (with AAT_GC_LOG=1, every garbage collection of each run; with AAT_ALLOC_LOG=1, what the runs allocate, by type).
// `--paired <spec> <pairs>`: the target's ratio from parse/generation pairs measured back to back (see PairedRatio).
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

if (args is ["--paired", var pairedSpec, var pairs])
{
    return PairedRatio.Run(pairedSpec, int.Parse(pairs, System.Globalization.CultureInfo.InvariantCulture));
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
        // A spec in a folder of its own (a multi-file spec) brings every file of that folder as AdditionalFiles.
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!;
        var hashSpec = DriverFactory.Spec(file, System.IO.File.ReadAllText(file));
        var hashInputs = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(folder + "/")) == "specs"
            ? new[] { hashSpec }
            : System.IO.Directory.EnumerateFiles(folder, "*", System.IO.SearchOption.AllDirectories)
                .Where(f => f != System.IO.Path.GetFullPath(file))
                .Select(f => DriverFactory.Spec(f, System.IO.File.ReadAllText(f)))
                .Prepend(hashSpec)
                .ToArray();
        var result = DriverFactory.Create(hashSpec, hashInputs).RunGenerators(DriverFactory.Compilation("class A { }")).GetRunResult();
        var all = new System.Text.StringBuilder();
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources))
        {
            all.Append(source.HintName).Append('\n').Append(source.SourceText).Append('\n');
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            all.Append(diagnostic).Append('\n');
        }

        if (System.Environment.GetEnvironmentVariable("AAT_HASH_DUMP") is { Length: > 0 } dump)
        {
            // Everything the digest is of, to diff two builds whose digests differ.
            System.IO.File.WriteAllText(System.IO.Path.Combine(dump, System.IO.Path.GetFileName(file) + ".txt"), all.ToString());
        }

        var digest = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(all.ToString())));
        System.Console.WriteLine($"{digest[..16]} {result.Diagnostics.Length,5} diagnostics {System.IO.Path.GetFileName(file)}");
    }

    return 0;
}

if (args is ["--loop", var loopSpec, var loopRounds, .. var loopMode])
{
    // Full generation (or with "parse", the bare Microsoft.OpenApi parse) over and over after the BenchmarkDotNet job's
    // warm-up runs (see WarmConfig): a process to attach a profiler to (dotnet-trace collect -- ...), and CPU
    // time per run, which waiting for a core does not inflate.
    var (loopPath, loopText) = BenchmarkSpecs.Load(loopSpec);
    var parseOnly = loopMode is ["parse"];
    var compilation = DriverFactory.Compilation("class A { }");
    void Once()
    {
        if (parseOnly)
        {
            Stages.BareParse(loopPath, loopText);
        }
        else
        {
            DriverFactory.Create(loopPath, loopText).RunGenerators(compilation).GetRunResult();
        }
    }

    for (var warmUp = 0; warmUp < WarmConfig.WarmUps; warmUp++)
    {
        Once();
    }

    var rounds = int.Parse(loopRounds, System.Globalization.CultureInfo.InvariantCulture);
    var process = System.Diagnostics.Process.GetCurrentProcess();
    var cpu = new System.Collections.Generic.List<double>();
    var wall = new System.Collections.Generic.List<double>();
    var pauses = System.TimeSpan.Zero;
    var gen2 = 0;
    var allocated = 0L;
    // AAT_GC_LOG=1: every collection each run meets (see GcLog); the waits it adds fall outside the timed part.
    using var gcLog = System.Environment.GetEnvironmentVariable("AAT_GC_LOG") is null ? null : new GcLog();
    // AAT_ALLOC_LOG=1: what each run allocates, by type (see AllocationLog).
    using var allocationLog = System.Environment.GetEnvironmentVariable("AAT_ALLOC_LOG") is null ? null : new AllocationLog();
    for (var round = 0; round < rounds; round++)
    {
        // A full collection before each run, as BenchmarkDotNet does before each iteration, so runs do not pay for each other's garbage.
        System.GC.Collect();
        System.GC.WaitForPendingFinalizers();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var pauseBefore = System.GC.GetTotalPauseDuration();
        var gen2Before = System.GC.CollectionCount(2);
        var allocatedBefore = System.GC.GetTotalAllocatedBytes();
        gcLog?.StartRun(round);
        allocationLog?.StartRun();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Once();
        wall.Add(clock.Elapsed.TotalMilliseconds);
        gcLog?.EndRun();
        allocationLog?.EndRun();
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        pauses += System.GC.GetTotalPauseDuration() - pauseBefore;
        gen2 += System.GC.CollectionCount(2) - gen2Before;
        allocated += System.GC.GetTotalAllocatedBytes() - allocatedBefore;
    }

    gcLog?.Print();
    allocationLog?.Print();
    System.Console.WriteLine(System.FormattableString.Invariant(
        $"{loopSpec} {(parseOnly ? "parse" : "generate")}: median {Stages.Median(cpu):0} ms CPU, {Stages.Median(wall):0} ms wall; mean GC pauses {pauses.TotalMilliseconds / rounds:0} ms, gen2 {gen2 / (double)rounds:0.0}, {allocated / 1e6 / rounds:0} MB allocated"));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
return 0;
