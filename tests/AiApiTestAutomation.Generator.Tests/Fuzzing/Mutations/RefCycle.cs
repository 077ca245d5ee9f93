using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>
/// Adds schemas that reference each other in a loop (A -> B -> A, a self reference, a reference to a
/// reference, cycles through allOf, items and properties) and points existing schemas at them.
/// </summary>
internal sealed class RefCycle : IMutation
{
    public string Kind => "ref-cycle";

    public string Apply(FuzzDocument document, Random random)
    {
        var prefix = document.SchemasPointerPrefix;
        var targets = NodeSlot.Schemas(document.Root);
        var map = document.SchemaMap();
        var shape = random.Next(6);
        switch (shape)
        {
            case 0:
                map["FuzzA"] = Ref(prefix + "FuzzB");
                map["FuzzB"] = Ref(prefix + "FuzzA");
                break;
            case 1:
                map["FuzzA"] = Ref(prefix + "FuzzA");
                break;
            case 2:
                map["FuzzA"] = Ref(prefix + "FuzzB");
                map["FuzzB"] = Ref(prefix + "FuzzC");
                map["FuzzC"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["next"] = Ref(prefix + "FuzzA") } };
                break;
            case 3:
                map["FuzzA"] = new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + "FuzzB")) };
                map["FuzzB"] = new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + "FuzzA"), new JsonObject { ["type"] = "object" }) };
                break;
            case 4:
                map["FuzzA"] = new JsonObject { ["type"] = "array", ["items"] = Ref(prefix + "FuzzA") };
                break;
            default:
                map["FuzzA"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref(prefix + "FuzzA"), ["properties"] = new JsonObject { ["self"] = Ref(prefix + "FuzzA") } };
                break;
        }

        var pointed = "nothing else";
        if (targets.Count > 0)
        {
            var slot = NodeSlot.Pick(random, targets);
            slot.Set(Ref(prefix + "FuzzA"));
            pointed = slot.Pointer;
        }

        if (!document.IsSwagger && random.Next(3) == 0)
        {
            // Cycles outside schemas: a parameter and a response that name themselves.
            var components = (JsonObject)document.Root!["components"]!;
            components["parameters"] = new JsonObject { ["FuzzP"] = Ref("#/components/parameters/FuzzP") };
            components["responses"] = new JsonObject { ["FuzzR"] = Ref("#/components/responses/FuzzR") };
            foreach (var operation in Operations(document.Root).Take(2))
            {
                operation["parameters"] = new JsonArray(Ref("#/components/parameters/FuzzP"));
                operation["responses"] = new JsonObject { ["200"] = Ref("#/components/responses/FuzzR") };
            }
        }

        return $"cycle shape {shape} at {prefix}FuzzA, pointed {pointed} at it";
    }

    private static JsonObject Ref(string target) => new() { ["$ref"] = target };

    private static System.Collections.Generic.IEnumerable<JsonObject> Operations(JsonNode? root) =>
        (root?["paths"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>().SelectMany(p => p.Select(o => o.Value).OfType<JsonObject>())
        ?? Enumerable.Empty<JsonObject>();
}
