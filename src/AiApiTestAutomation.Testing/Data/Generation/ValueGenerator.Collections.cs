using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;
using AiApiTestAutomation.Schemas.Compilation;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Keywords;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>
/// Objects (every required property, each optional one about half the time, none travelling the wrong direction)
/// and arrays (within min/maxItems, unique when asked).
/// </summary>
internal sealed partial class ValueGenerator
{
    private const int UniqueAttempts = 8;

    private JsonObject GenerateObject(EffectiveSchema effective, int depth, HashSet<JsonArray> chosenAlternatives)
    {
        var result = new JsonObject();
        var optional = new List<string>();
        foreach (KeyValuePair<string, List<JsonNode>> property in effective.Properties)
        {
            if (!TravelsThisWay(property.Value))
            {
                continue;
            }

            bool required = effective.Required.Contains(property.Key);
            if (!required)
            {
                optional.Add(property.Key);
                bool include = (depth == 0 && context.IncludeEveryTopLevelProperty) || (depth < OptionalDepthLimit && context.Random.Bool());
                if (!include)
                {
                    continue;
                }
            }

            JsonNode? value = Generate(property.Value, property.Key, depth + 1, chosenAlternatives);
            if (value is not null || required || AcceptsNull(property.Value))
            {
                result[property.Key] = value;
            }
        }

        foreach (string name in effective.Required.Where(name => !effective.Properties.ContainsKey(name)))
        {
            result[name] = effective.AdditionalProperties is { } additional
                ? Generate([additional], name, depth + 1, chosenAlternatives)
                : JsonValue.Create(TextHints.For(name, context));
        }

        FitPropertyCount(result, effective, optional, depth, chosenAlternatives);
        return result;
    }

    private void FitPropertyCount(JsonObject result, EffectiveSchema effective, List<string> optional, int depth, HashSet<JsonArray> chosenAlternatives)
    {
        foreach (string name in optional)
        {
            if (result.Count >= (effective.MinProperties ?? 0))
            {
                break;
            }

            if (!result.ContainsKey(name))
            {
                result[name] = Generate(effective.Properties[name], name, depth + 1, chosenAlternatives);
            }
        }

        for (int extra = 0; result.Count < (effective.MinProperties ?? 0) && !effective.AdditionalForbidden && extra < 100; extra++)
        {
            string name = "extra" + Describe(extra);
            result[name] = effective.AdditionalProperties is { } additional
                ? Generate([additional], name, depth + 1, chosenAlternatives)
                : JsonValue.Create(context.NextUniqueToken());
        }

        foreach (string name in optional.AsEnumerable().Reverse())
        {
            if (result.Count <= (effective.MaxProperties ?? long.MaxValue))
            {
                break;
            }

            result.Remove(name);
        }
    }

    private JsonArray GenerateArray(EffectiveSchema effective, string? name, int depth)
    {
        int minimum = (int)System.Math.Min(effective.MinItems ?? 0, 1000);
        int maximum = (int)System.Math.Min(effective.MaxItems ?? minimum + 3, 1000);
        int count = depth >= OptionalDepthLimit ? minimum : System.Math.Min(maximum, System.Math.Max(minimum, 1) + context.Random.Int(0, 1));
        string? itemName = name is { Length: > 1 } && name.EndsWith('s') ? name.Substring(0, name.Length - 1) : name;
        var result = new JsonArray();
        for (int index = 0; index < count; index++)
        {
            IReadOnlyList<JsonNode> schemas = index < effective.PrefixItems.Count ? [effective.PrefixItems[index]] : effective.ItemSchemas;
            JsonNode? item = schemas.Count == 0 ? JsonValue.Create(context.NextUniqueToken()) : Generate(schemas, itemName, depth + 1, new HashSet<JsonArray>());
            for (int attempt = 0; effective.UniqueItems && attempt < UniqueAttempts && result.Any(existing => JsonEquality.AreEqual(existing, item)); attempt++)
            {
                item = Generate(schemas, itemName, depth + 1, new HashSet<JsonArray>());
            }

            if (effective.UniqueItems && result.Any(existing => JsonEquality.AreEqual(existing, item)))
            {
                break;
            }

            result.Add(item);
        }

        return result;
    }

    private bool TravelsThisWay(List<JsonNode> schemas)
    {
        foreach (JsonNode schema in schemas)
        {
            AccessMode mode = AccessModes.Of(schema, registry);
            if ((mode == AccessMode.ReadOnly && context.Usage == SchemaUsage.Request) || (mode == AccessMode.WriteOnly && context.Usage == SchemaUsage.Response))
            {
                return false;
            }
        }

        return true;
    }

    private bool AcceptsNull(List<JsonNode> schemas) => schemas.All(schema => validator.ValidateAgainst(schema, null, context.Usage).IsValid);
}
