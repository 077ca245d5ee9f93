using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Compilation;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Writes the discriminator value that selects the branch a value was generated from.</summary>
internal static class DiscriminatorValues
{
    public static void Apply(JsonObject discriminator, JsonNode branch, JsonObject value, SchemaRegistry registry, SchemaFlattener flattener)
    {
        if (SchemaJson.String(discriminator, "propertyName") is not { } propertyName)
        {
            return;
        }

        JsonNode target = flattener.Dereference(branch);
        if (discriminator["mapping"] is JsonObject mapping)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in mapping)
            {
                if (entry.Value?.ToString() is { } reference
                    && registry.Resolve(registry.PositionOf(branch), reference) is { } mapped
                    && ReferenceEquals(flattener.Dereference(mapped), target))
                {
                    value[propertyName] = entry.Key;
                    return;
                }
            }
        }

        if (branch is JsonObject obj && SchemaJson.String(obj, "$ref") is { } branchReference)
        {
            string name = branchReference.Substring(branchReference.LastIndexOf('/') + 1);
            value[propertyName] = JsonPointer.Unescape(Uri.UnescapeDataString(name));
        }
    }
}
