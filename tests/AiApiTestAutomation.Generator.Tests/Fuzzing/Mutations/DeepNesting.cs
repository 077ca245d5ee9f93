using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Puts hundreds to tens of thousands of nested levels (properties, items, allOf, bare arrays or objects) where a schema or an example goes.</summary>
internal sealed class DeepNesting : IMutation
{
    private static readonly int[] Depths = { 70, 300, 1_000, 5_000, 20_000 };

    public string Kind => "deep-nesting";

    public string Apply(FuzzDocument document, Random random)
    {
        var depth = NodeSlot.Pick(random, Depths);
        var shape = random.Next(5);
        var text = Nest(shape, depth);
        var token = document.Splice(text);
        var schemas = NodeSlot.Schemas(document.Root);
        if (schemas.Count > 0 && random.Next(4) > 0)
        {
            var slot = NodeSlot.Pick(random, schemas);
            slot.Set(JsonValue.Create(token));
            return $"{slot.Pointer} nested {depth} deep (shape {shape})";
        }

        var objects = NodeSlot.All(document.Root).Where(s => s.Value is JsonObject).Select(s => (JsonObject)s.Value!).ToList();
        var holder = objects.Count > 0 ? NodeSlot.Pick(random, objects) : document.Root as JsonObject;
        if (holder is null)
        {
            document.Root = JsonValue.Create(token);
            return $"the root nested {depth} deep (shape {shape})";
        }

        holder["example"] = JsonValue.Create(token);
        return $"an example nested {depth} deep (shape {shape}) at {holder.GetPath()}";
    }

    private static string Nest(int shape, int depth)
    {
        var (open, leaf, close) = shape switch
        {
            0 => ("{\"type\":\"object\",\"properties\":{\"a\":", "{\"type\":\"string\"}", "}}"),
            1 => ("{\"type\":\"array\",\"items\":", "{\"type\":\"integer\"}", "}"),
            2 => ("{\"allOf\":[", "{\"type\":\"object\"}", "]}"),
            3 => ("[", "1", "]"),
            _ => ("{\"a\":", "null", "}"),
        };
        var builder = new StringBuilder((open.Length + close.Length) * depth + leaf.Length);
        builder.Insert(0, open, depth).Append(leaf);
        builder.Insert(builder.Length, close, depth);
        return builder.ToString();
    }
}
