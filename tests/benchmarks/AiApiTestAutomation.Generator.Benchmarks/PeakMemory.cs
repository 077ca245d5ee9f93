using System;
using System.Diagnostics;
using System.Globalization;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using NSwag.CodeGeneration.CSharp;

namespace AiApiTestAutomation.Generator.Benchmarks;

/// <summary>
/// Peak memory of one cold run in a process of its own (run.sh starts one per spec and mode), which is what a
/// command-line build's compiler pays: the peak working set (VmHWM) against the same process before the run,
/// and the bytes allocated. BenchmarkDotNet's MemoryDiagnoser gives allocations only.
/// </summary>
internal static class PeakMemory
{
    public static int Run(string spec, string mode)
    {
        var (path, text) = BenchmarkSpecs.Load(spec);
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        object? result = mode switch
        {
            "parse" => Parse(path, text),
            "generate" => DriverFactory.Create(path, text).RunGenerators(DriverFactory.Compilation("class A { }")).GetRunResult(),
            "nswag" => NSwag(path, text),
            _ => throw new ArgumentException($"Unknown mode '{mode}': parse, generate or nswag"),
        };
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        GC.KeepAlive(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{spec}\t{mode}\t{peak / 1048576.0:0}\t{(peak - before) / 1048576.0:0}\t{allocated / 1048576.0:0}"));
        return 0;
    }

    private static object? Parse(string path, string text)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return Microsoft.OpenApi.OpenApiDocument.Parse(text, path.EndsWith(".json") ? "json" : "yaml", settings).Document;
    }

    private static string NSwag(string path, string text)
    {
        var document = path.EndsWith(".json")
            ? global::NSwag.OpenApiDocument.FromJsonAsync(text).GetAwaiter().GetResult()
            : global::NSwag.OpenApiYamlDocument.FromYamlAsync(text).GetAwaiter().GetResult();
        return new CSharpClientGenerator(document, new CSharpClientGeneratorSettings { ClassName = "BenchClient", CSharpGeneratorSettings = { Namespace = "Bench" } }).GenerateFile();
    }
}
