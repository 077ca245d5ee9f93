using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Removes one to five properties anywhere in the tree (required ones included: info, responses, type, in, name...).</summary>
internal sealed class DeleteKeys : IMutation
{
    public string Kind => "delete-key";

    public string Apply(FuzzDocument document, Random random)
    {
        var count = random.Next(1, 6);
        var deleted = new System.Collections.Generic.List<string>();
        for (var i = 0; i < count; i++)
        {
            var properties = NodeSlot.All(document.Root).Where(s => s.Key is not null).ToList();
            if (properties.Count == 0)
            {
                break;
            }

            var slot = NodeSlot.Pick(random, properties);
            ((JsonObject)slot.Parent).Remove(slot.Key!);
            deleted.Add(slot.Pointer);
        }

        return "deleted " + string.Join(", ", deleted);
    }
}
