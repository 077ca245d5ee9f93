using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Repeats an existing key in the same object with another value (a tree cannot hold this, so it is done in the text).</summary>
internal sealed class DuplicateKey : IMutation
{
    public string Kind => "duplicate-key";

    public string Apply(FuzzDocument document, Random random)
    {
        var properties = NodeSlot.All(document.Root).Where(s => s.Key is not null).ToList();
        if (properties.Count == 0)
        {
            return "no property to duplicate";
        }

        var slot = NodeSlot.Pick(random, properties);
        var token = document.Splice(FuzzDocument.Quote(slot.Key!));
        var copy = random.Next(2) == 0 ? slot.Value?.DeepClone() : JsonValue.Create("duplicate");
        ((JsonObject)slot.Parent)[token] = copy;
        return $"duplicated {slot.Pointer}";
    }
}
