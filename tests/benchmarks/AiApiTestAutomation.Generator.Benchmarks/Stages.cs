using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Core.Planning;
using AiApiTestAutomation.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// A CPU-time (and wall-time) breakdown of warm generation for one spec, stage by stage: the median of several rounds
/// after the BenchmarkDotNet job's warm-up rounds, to see where time goes before optimising. Not a BenchmarkDotNet run:
/// the stages call the generator's internals.
/// </summary>
internal static class Stages
{
    public static int Run(string spec, int rounds)
    {
        var (path, text) = BenchmarkSpecs.Load(spec);
        var times = new Dictionary<string, List<(double Cpu, double Wall)>>();
        var allocations = new Dictionary<string, double>();
        // Warm-up rounds first, as the BenchmarkDotNet job has (see WarmConfig): a stage that runs once per generation
        // reaches optimised code only after 30 calls.
        for (var round = -WarmConfig.WarmUps; round < rounds; round++)
        {
            var format = SourceFormats.Detect(path, text);
            var diagnostics = new List<SpecDiagnostic>();
            var json = format == SourceFormat.Json ? Time(times, allocations, round, "UTF-8 copy of the text (shared by the passes below)", () => new JsonText(text)) : null;
            var locator = new Lazy<SourceLocator>(() => SourceLocator.Build(text, format, maxDepth: 64, json));
            Time(times, allocations, round, "bare Microsoft.OpenApi parse (the target's baseline)", () => BareParse(path, text));
            Time(times, allocations, round, "bare parse with the reader's rules (no schema reference walk; the parsed JSON released)", () => BareParse(path, text, ReaderRules.ForLoading));
            Time(times, allocations, round, "external $ref scan (twice: dependencies, bundling)", () => AiApiTestAutomation.Core.Loading.External.ExternalReferences.FilesReferencedBy(path, text).Count + (AiApiTestAutomation.Core.Loading.External.ExternalReferences.Any(text) ? 1 : 0));
            var document = Time(times, allocations, round, "read (version + Microsoft.OpenApi parse)", () => OpenApiDocumentReader.Read(path, text, format, locator, diagnostics, json))!.Value;
            Time(times, allocations, round, "  of which: version field", () => VersionField.Find(text));
            Time(times, allocations, round, "  of which: shallow locator (depth 3)", () => SourceLocator.Build(text, format, maxDepth: 3, json));
            Time(times, allocations, round, "  of which: bundle of component schemas", () =>
            {
                var bundle = new SchemaBundleWriter(document.Version);
                foreach (var pair in document.Document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
                {
                    bundle.AddComponent(pair.Key, pair.Value);
                }

                return bundle.ToText();
            });
            var builder = new ApiModelBuilder(path, document.Document, document.Version, format, text, locator, diagnostics, json);
            var model = Time(times, allocations, round, "model (ApiModelBuilder.Build, shallow locator excluded)", builder.Build);
            Time(times, allocations, round, "hygiene", () =>
            {
                AiApiTestAutomation.Core.Loading.Hygiene.HygieneChecker.Check(model, document.Document, text, format, diagnostics, json, builder.ShallowLocator);
                return 0;
            });
            Time(times, allocations, round, "example check (requests)", () =>
            {
                ExampleChecker.Check(model, builder.Bundle, builder.MediaExamples, ExampleScope.Requests, diagnostics);
                return 0;
            });
            Time(times, allocations, round, "lines of the diagnostics at pointers (one deep walk)", () =>
            {
                PendingPositions.Place(diagnostics, locator, builder.ShallowLocator);
                return 0;
            });
            var plan = Time(times, allocations, round, "plan", () => TestPlanner.Plan(model));
            var generation = new SpecGenerationModel(path, "Bench", "Bench", null, "API_BASE_URL", model, plan, diagnostics.ToEquatableArray());
            var files = Time(times, allocations, round, "emit (all files as text)", () => SpecEmitter.Emit(generation, model, plan).ToList());
            Time(times, allocations, round, "driver: parse generated sources", () => files.Select(f => CSharpSyntaxTree.ParseText(f.Text, DriverFactory.ParseOptions)).ToList());
            Time(times, allocations, round, "SpecLoader.Load (read to example check, in one)", () => SpecLoader.Load(path, text));
            Time(times, allocations, round, "GeneratorDriver full run (for comparison)", () => DriverFactory.Create(path, text).RunGenerators(DriverFactory.Compilation("class A { }")).GetRunResult());
            if (round == rounds - 1)
            {
                Console.WriteLine($"{spec}: {model.Operations.Count} operations, {files.Count} files, {files.Sum(f => f.Text.Length):N0} chars generated, bundle {model.SchemaBundle.Length:N0} chars");
            }
        }

        foreach (var pair in times)
        {
            var cpu = Median(pair.Value.Select(t => t.Cpu));
            var wall = Median(pair.Value.Select(t => t.Wall));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cpu,9:0.00} ms CPU {wall,9:0.000} ms wall {allocations[pair.Key],7:0.0} MB  {pair.Key}"));
        }

        return 0;
    }

    /// <summary>The middle value (the upper of the two for an even count), as every mode of this program reports it.</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    public static Microsoft.OpenApi.OpenApiDocument? BareParse(string path, string text, Microsoft.OpenApi.ValidationRuleSet? rules = null)
    {
        var settings = new OpenApiReaderSettings();
        if (rules is not null)
        {
            settings.RuleSet = rules;
        }

        settings.AddYamlReader();
        return Microsoft.OpenApi.OpenApiDocument.Parse(text, path.EndsWith(".json", StringComparison.Ordinal) ? "json" : "yaml", settings).Document;
    }

    private static T Time<T>(Dictionary<string, List<(double Cpu, double Wall)>> times, Dictionary<string, double> allocations, int round, string stage, Func<T> action)
    {
        // Every thread's allocations, should a stage use more than one.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        // Process CPU time: on a machine shared with other builds, waiting for a core is not work. Wall time beside it,
        // because the background garbage collector's work on the other core counts as CPU time too.
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = action();
        var elapsed = wall.Elapsed;
        var spent = Process.GetCurrentProcess().TotalProcessorTime - before;
        allocations[stage] = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
        if (round >= 0)
        {
            if (!times.TryGetValue(stage, out var list))
            {
                times[stage] = list = new List<(double Cpu, double Wall)>();
            }

            list.Add((spent.TotalMilliseconds, elapsed.TotalMilliseconds));
        }

        return result;
    }
}
