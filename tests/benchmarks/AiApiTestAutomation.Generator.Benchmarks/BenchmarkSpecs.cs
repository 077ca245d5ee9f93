using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AiApiTestAutomation.Generator.Benchmarks;

internal static class BenchmarkSpecs
{
    private static readonly string SharedDir = Metadata("SharedDir");
    private static readonly string RepoRoot = Metadata("RepoRoot");

    public static IEnumerable<string> Names => new[] { "store", "github-rest-3.0.json" };

    public static (string Path, string Text) Load(string name) => name == "store"
        ? ("/project/specs/store.openapi.json", File.ReadAllText(Path.Combine(RepoRoot, "samples", "Store.Api.Tests", "specs", "store.openapi.json")))
        : ("/project/specs/" + name, File.ReadAllText(Path.Combine(SharedDir, "specs", name)));

    private static string Metadata(string key) => typeof(BenchmarkSpecs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
