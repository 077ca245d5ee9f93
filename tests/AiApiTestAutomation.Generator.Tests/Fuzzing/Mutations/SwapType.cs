using System;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Replaces one to three values with a value of another JSON type (string, number, object, array, null, bool).</summary>
internal sealed class SwapType : IMutation
{
    public string Kind => "swap-type";

    public string Apply(FuzzDocument document, Random random)
    {
        var slots = NodeSlot.All(document.Root);
        if (slots.Count == 0 || random.Next(50) == 0)
        {
            document.Root = Replacement(document.Root, random);
            return "replaced the root with " + Describe(document.Root);
        }

        var count = random.Next(1, 4);
        var changes = new System.Collections.Generic.List<string>();
        for (var i = 0; i < count; i++)
        {
            var slot = NodeSlot.Pick(random, slots);
            var replacement = Replacement(slot.Value, random);
            slot.Set(replacement);
            changes.Add($"{slot.Pointer} -> {Describe(replacement)}");
            slots = NodeSlot.All(document.Root);
        }

        return "swapped " + string.Join(", ", changes);
    }

    private static JsonNode? Replacement(JsonNode? current, Random random)
    {
        while (true)
        {
            JsonNode? candidate = random.Next(8) switch
            {
                0 => JsonValue.Create("swapped"),
                1 => JsonValue.Create(random.Next(-2, 1000)),
                2 => JsonValue.Create(3.5),
                3 => new JsonObject { ["x"] = JsonValue.Create(1) },
                4 => new JsonArray(JsonValue.Create("a"), JsonValue.Create(2), new JsonObject()),
                5 => null,
                6 => JsonValue.Create(random.Next(2) == 0),
                _ => new JsonObject(),
            };
            if (current is null || candidate is null || current.GetValueKind() != candidate.GetValueKind())
            {
                return candidate;
            }
        }
    }

    private static string Describe(JsonNode? node) => node is null ? "null" : node.ToJsonString();
}
