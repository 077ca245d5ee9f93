using System.IO;
using System.Linq;
using System.Reflection;

namespace AiApiTestAutomation.Generator.Tests;

internal static class SharedCorpus
{
    public static string SharedDir { get; } = typeof(SharedCorpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SharedDir").Value!;

    public static string RepoRoot { get; } = typeof(SharedCorpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string SpecsDir => Path.Combine(SharedDir, "specs");

    public static string SampleSpec => File.ReadAllText(Path.Combine(RepoRoot, "samples", "Store.Api.Tests", "specs", "store.openapi.json"));
}
