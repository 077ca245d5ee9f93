using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Tasks.Tests;

internal static class Specs
{
    public static readonly string RepoRoot = typeof(Specs).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string StoreText => File.ReadAllText(Path.Combine(RepoRoot, "samples", "Store.Api.Tests", "specs", "store.openapi.json"));

    /// <summary>The sample spec with one operation taken out, as an author would delete it.</summary>
    public static string StoreWithout(string path, string method)
    {
        var document = JsonNode.Parse(StoreText)!;
        document["paths"]![path]!.AsObject().Remove(method);
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
