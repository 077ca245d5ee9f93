using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Replaces a value with a $ref that points to nothing, to the wrong kind of thing, or is not a reference at all.</summary>
internal sealed class DanglingRef : IMutation
{
    private static readonly string[] Targets =
    {
        "#/components/schemas/Nowhere", "#/definitions/Nowhere", "#/nowhere", "#", string.Empty, "not a pointer",
        "#/components/schemas/", "#/paths/~1pets", "#/info", "#/components/schemas/A~2B", "%%%", "#/components/schemas/%41",
        "other.yaml#/Pet", "http://127.0.0.1:1/spec.json#/Pet", "../../etc/passwd", "#/components/parameters/Nowhere",
        "#/components/responses/Nowhere", "#/paths", "#/components/schemas/" + new string('x', 2000), "#/\u0000",
    };

    public string Kind => "dangling-ref";

    public string Apply(FuzzDocument document, Random random)
    {
        var schemas = NodeSlot.Schemas(document.Root);
        var candidates = schemas.Count > 0 && random.Next(3) > 0 ? schemas : NodeSlot.All(document.Root).Where(s => s.Value is JsonObject).ToList();
        if (candidates.Count == 0)
        {
            return "no object to replace";
        }

        var slot = NodeSlot.Pick(random, candidates);
        var target = NodeSlot.Pick(random, Targets);
        JsonNode reference = random.Next(6) == 0
            ? new JsonObject { ["$ref"] = random.Next(2) == 0 ? JsonValue.Create(42) : new JsonObject() } // a $ref that is not a string
            : new JsonObject { ["$ref"] = target };
        slot.Set(reference);
        return $"{slot.Pointer} -> {reference.ToJsonString()}";
    }
}
