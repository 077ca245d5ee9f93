using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Tests;

/// <summary>
/// Builds the schema bundle the generator would embed, from a JSON spec of the corpus: the component schemas
/// (Swagger: definitions) with their $refs rewritten to #/schemas/&lt;key&gt;, plus each schema's spec location.
/// </summary>
internal static class SpecBundles
{
    public static string FromSpecFile(string fileName)
    {
        var spec = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SpecsDir, fileName)))!;
        bool swagger = spec.ContainsKey("swagger");
        string version = swagger ? "2.0" : spec["openapi"]!.GetValue<string>();
        string prefix = swagger ? "#/definitions/" : "#/components/schemas/";
        JsonObject schemas = (swagger ? spec["definitions"] : spec["components"]?["schemas"]) as JsonObject ?? new JsonObject();

        var copy = (JsonObject)schemas.DeepClone();
        RewriteRefs(copy, prefix);
        var locations = new JsonObject();
        foreach (KeyValuePair<string, JsonNode?> entry in copy)
        {
            locations[entry.Key] = prefix + entry.Key.Replace("~", "~0").Replace("/", "~1");
        }

        string dialect = swagger ? "swagger-2.0" : version.StartsWith("3.1") ? "openapi-3.1" : "openapi-3.0";
        return new JsonObject { ["dialect"] = dialect, ["schemas"] = copy, ["locations"] = locations }.ToJsonString();
    }

    private static void RewriteRefs(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string key in obj.Select(member => member.Key).ToList())
                {
                    if (key == "$ref" && obj[key] is JsonValue reference && reference.ToString().StartsWith(prefix))
                    {
                        obj[key] = "#/schemas/" + reference.ToString().Substring(prefix.Length);
                    }
                    else
                    {
                        RewriteRefs(obj[key], prefix);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    RewriteRefs(item, prefix);
                }

                break;
        }
    }
}
