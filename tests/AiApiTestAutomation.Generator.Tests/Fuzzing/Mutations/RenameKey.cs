using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Renames a property: a typo, another case, empty, a reserved word, odd characters or a very long name.</summary>
internal sealed class RenameKey : IMutation
{
    public string Kind => "rename-key";

    public string Apply(FuzzDocument document, Random random)
    {
        var properties = NodeSlot.All(document.Root).Where(s => s.Key is not null).ToList();
        if (properties.Count == 0)
        {
            return "no property to rename";
        }

        var slot = NodeSlot.Pick(random, properties);
        var oldName = slot.Key!;
        var newName = NewName(oldName, random);
        var parent = (JsonObject)slot.Parent;
        if (parent.ContainsKey(newName))
        {
            return $"kept {slot.Pointer} ({newName} exists)";
        }

        // Rebuild the object so the renamed key keeps its position.
        var entries = parent.ToList();
        parent.Clear();
        foreach (var (key, value) in entries)
        {
            parent[key == oldName ? newName : key] = value;
        }

        return $"renamed {slot.Pointer} to {FuzzDocument.Quote(newName.Length > 60 ? newName.Substring(0, 60) + "..." : newName)}";
    }

    private static string NewName(string name, Random random) => random.Next(12) switch
    {
        0 => string.Empty,
        1 => name.ToUpperInvariant(),
        2 => name.Length > 1 ? name.Substring(1) : name + "x",
        3 => name + " ",
        4 => "$ref",
        5 => "class",
        6 => "x-" + name,
        7 => name + "/{id}/~1",
        8 => "\u00e9\u00e8\u4e2d\u6587" + name,
        9 => new string('k', random.Next(500, 5000)),
        10 => "123" + name,
        _ => name.Replace('e', '3'),
    };
}
