using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Benchmarks;

/// <summary>The schema bundle of a corpus spec (component schemas, refs rewritten to #/schemas/&lt;key&gt;).</summary>
internal static class SpecBundle
{
    public static string FromSpecFile(string fileName)
    {
        string sharedDir = typeof(SpecBundle).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(attribute => attribute.Key == "SharedDir").Value!;
        var spec = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(sharedDir, "specs", fileName)))!;
        var schemas = (JsonObject)spec["components"]!["schemas"]!.DeepClone();
        Rewrite(schemas);
        return new JsonObject { ["dialect"] = "openapi-3.0", ["schemas"] = schemas }.ToJsonString();
    }

    private static void Rewrite(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (string key in obj.Select(member => member.Key).ToList())
            {
                if (key == "$ref" && obj[key]!.ToString() is { } reference && reference.StartsWith("#/components/schemas/"))
                {
                    obj[key] = "#/schemas/" + reference.Substring("#/components/schemas/".Length);
                }
                else
                {
                    Rewrite(obj[key]);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                Rewrite(item);
            }
        }
    }
}
