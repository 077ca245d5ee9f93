using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>A place in the tree that holds a value: a property of an object or an item of an array.</summary>
internal sealed record NodeSlot(JsonNode Parent, string? Key, int Index, string Pointer)
{
    public JsonNode? Value => Parent is JsonObject obj ? obj[Key!] : ((JsonArray)Parent)[Index];

    public void Set(JsonNode? value)
    {
        if (Parent is JsonObject obj)
        {
            obj[Key!] = value;
        }
        else
        {
            ((JsonArray)Parent)[Index] = value;
        }
    }

    /// <summary>Every slot under <paramref name="root"/>, in document order.</summary>
    public static List<NodeSlot> All(JsonNode? root)
    {
        var slots = new List<NodeSlot>();
        Walk(root, string.Empty, slots);
        return slots;
    }

    /// <summary>Slots whose value is an object that sits where a schema lives (under a schema map or a schema keyword).</summary>
    public static List<NodeSlot> Schemas(JsonNode? root) =>
        All(root).Where(s => s.Value is JsonObject && LooksLikeSchemaPlace(s.Pointer)).ToList();

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static bool LooksLikeSchemaPlace(string pointer) =>
        pointer.Contains("/schema", StringComparison.Ordinal)
        || pointer.Contains("/definitions/", StringComparison.Ordinal)
        || pointer.Contains("/properties/", StringComparison.Ordinal)
        || pointer.EndsWith("/items", StringComparison.Ordinal);

    private static void Walk(JsonNode? node, string pointer, List<NodeSlot> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var childPointer = pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    slots.Add(new NodeSlot(obj, key, -1, childPointer));
                    Walk(value, childPointer, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPointer = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    slots.Add(new NodeSlot(array, null, i, childPointer));
                    Walk(array[i], childPointer, slots);
                }

                break;
        }
    }
}
