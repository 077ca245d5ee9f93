using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// The target's ratio (warm full generation over the bare parse) measured in pairs: a parse and a generation back to
/// back, each after a full collection, many times over, and the median of the pairs' ratios. BenchmarkDotNet measures
/// all of one benchmark's iterations, then all of the next one's, so a machine that slows down or speeds up between
/// the two moves the ratio of their medians: on this machine GitHub's parse measured 62 and 85 ms in two runs of the
/// same build an hour apart. A pair is measured within a second, so such drift cancels out of its ratio.
/// As in BenchmarkDotNet's job, each side of a pair starts after a full collection and runs the operation for about
/// half a second, as an iteration does (a few times for a large spec, hundreds of times for the sample), and the
/// warm-up lasts until .NET has compiled the hot code with full optimisation (40 runs and at least 5 seconds).
/// </summary>
internal static class PairedRatio
{
    public static int Run(string spec, int pairs)
    {
        var (path, text) = BenchmarkSpecs.Load(spec);
        var compilation = DriverFactory.Compilation("class A { }");
        var specText = DriverFactory.Spec(path, text);
        void Parse() => Stages.BareParse(path, text);
        void Generate() => DriverFactory.Create(specText).RunGenerators(compilation).GetRunResult();

        var warmUp = Stopwatch.StartNew();
        for (var run = 0; run < WarmConfig.WarmUps || warmUp.Elapsed < WarmUpTime; run++)
        {
            Parse();
            Generate();
        }

        var parseBatch = BatchFor(Parse);
        var generationBatch = BatchFor(Generate);

        var parses = new List<double>();
        var generations = new List<double>();
        var ratios = new List<double>();
        for (var pair = 0; pair < pairs; pair++)
        {
            // Alternate which goes first, so neither always meets the other's leftovers (a background collection's end).
            var parseFirst = pair % 2 == 0;
            var first = parseFirst ? Time(Parse, parseBatch) : Time(Generate, generationBatch);
            var second = parseFirst ? Time(Generate, generationBatch) : Time(Parse, parseBatch);
            var (parse, generation) = parseFirst ? (first, second) : (second, first);
            parses.Add(parse);
            generations.Add(generation);
            ratios.Add(generation / parse);
        }

        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{spec} ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC): {pairs} pairs ({parseBatch} parses and {generationBatch} generations a side); median parse {Stages.Median(parses):0.000} ms, generation {Stages.Median(generations):0.000} ms; ratio median {Stages.Median(ratios):0.00} (quartiles {ratios[pairs / 4]:0.00}-{ratios[pairs * 3 / 4]:0.00})"));
        return 0;
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(500);

    /// <summary>How many runs make a side of a pair: as many as take about <see cref="BatchTime"/>, at least one.</summary>
    private static int BatchFor(Action run)
    {
        var once = Time(run, 3);
        var batch = (int)Math.Round(BatchTime.TotalMilliseconds / once);
        return batch <= 1 ? 1 : (int)Math.Round(BatchTime.TotalMilliseconds / Time(run, batch));
    }

    /// <summary>The mean time of one run, in milliseconds, over a batch that starts after a full collection.</summary>
    private static double Time(Action run, int batch)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < batch; i++)
        {
            run();
        }

        return clock.Elapsed.TotalMilliseconds / batch;
    }
}
