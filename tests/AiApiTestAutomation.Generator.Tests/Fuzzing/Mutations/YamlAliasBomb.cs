using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>
/// A "billion laughs": each anchor is a list of several aliases of the one before, so a few hundred bytes
/// expand to billions of nodes. JSON specs are turned into YAML first. The last anchor is used where a
/// schema, an example or an extension goes.
/// </summary>
internal sealed class YamlAliasBomb : IMutation
{
    public string Kind => "yaml-alias-bomb";

    public string Apply(FuzzDocument document, Random random)
    {
        document.Format = FuzzFormat.Yaml;
        var levels = random.Next(4, 13);
        var fanout = random.Next(4, 11);
        var builder = new StringBuilder("\"x-laughs\":\n  l0: &l0 \"lol\"\n");
        for (var level = 1; level <= levels; level++)
        {
            builder.Append("  l").Append(level).Append(": &l").Append(level).Append(" [");
            builder.Append(string.Join(", ", Enumerable.Repeat("*l" + (level - 1), fanout)));
            builder.Append("]\n");
        }

        var definitions = builder.ToString();
        var alias = "*l" + levels;
        var where = "x-laughs only";
        var schemas = NodeSlot.Schemas(document.Root);
        if (schemas.Count > 0 && random.Next(3) > 0)
        {
            var slot = NodeSlot.Pick(random, schemas);
            var useAsExample = random.Next(2) == 0;
            if (useAsExample)
            {
                ((JsonObject)slot.Value!)["example"] = JsonValue.Create(document.Splice(alias));
            }
            else
            {
                slot.Set(JsonValue.Create(document.Splice(alias)));
            }

            where = (useAsExample ? "example of " : "") + slot.Pointer;
        }
        else if (document.Root is JsonObject root)
        {
            root["x-fuzz"] = JsonValue.Create(document.Splice(alias));
            where = "/x-fuzz";
        }

        // Anchors must come before their aliases, so the definitions open the document.
        document.EditText(text => definitions + text);
        return $"{fanout}^{levels} expansion, used at {where}";
    }
}
