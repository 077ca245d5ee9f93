using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AiApiTestAutomation.Core.Diff;

/// <summary>
/// Compares two JSON Schemas structurally: properties, required, enum, type and array items.
/// References to components are compared by name only; each component is compared once on its own,
/// so a change is reported where it was made rather than at every place that uses it.
/// </summary>
internal static class SchemaComparer
{
    /// <param name="isRequest">True when clients send this schema: a new required property breaks them only then.</param>
    public static void Compare(JsonElement before, JsonElement after, string location, bool isRequest, List<SpecChange> changes)
    {
        var beforeRef = SchemaBundle.RefTarget(before);
        var afterRef = SchemaBundle.RefTarget(after);
        if (beforeRef is not null || afterRef is not null)
        {
            if (beforeRef != afterRef)
            {
                changes.Add(new SpecChange(ChangeKind.TypeNarrowed, true, location, $"type changed from {Describe(before)} to {Describe(after)}"));
            }

            return;
        }

        CompareTypes(before, after, location, changes);
        CompareEnums(before, after, location, changes);
        CompareProperties(before, after, location, isRequest, changes);

        if (TryGet(before, "items", out var beforeItems) && TryGet(after, "items", out var afterItems))
        {
            Compare(beforeItems, afterItems, location + "[]", isRequest, changes);
        }
    }

    private static void CompareTypes(JsonElement before, JsonElement after, string location, List<SpecChange> changes)
    {
        var beforeTypes = Types(before);
        var afterTypes = Types(after);
        if (beforeTypes.SetEquals(afterTypes))
        {
            return;
        }

        // An empty set accepts anything. Every integer is a number, so integer → number widens.
        var widened = afterTypes.Count == 0
            || (beforeTypes.Count > 0 && beforeTypes.All(t => afterTypes.Contains(t) || (t == "integer" && afterTypes.Contains("number"))));
        var description = $"type changed from {Join(beforeTypes)} to {Join(afterTypes)}";
        changes.Add(widened
            ? new SpecChange(ChangeKind.TypeWidened, false, location, description)
            : new SpecChange(ChangeKind.TypeNarrowed, true, location, description));
    }

    private static void CompareEnums(JsonElement before, JsonElement after, string location, List<SpecChange> changes)
    {
        var hasBefore = TryGet(before, "enum", out var beforeEnum) && beforeEnum.ValueKind == JsonValueKind.Array;
        var hasAfter = TryGet(after, "enum", out var afterEnum) && afterEnum.ValueKind == JsonValueKind.Array;
        if (!hasAfter)
        {
            return;
        }

        var afterValues = afterEnum.EnumerateArray().Select(v => v.GetRawText()).ToList();
        if (!hasBefore)
        {
            changes.Add(new SpecChange(ChangeKind.EnumNarrowed, true, location, $"values restricted to {string.Join(", ", afterValues)}"));
            return;
        }

        var beforeValues = beforeEnum.EnumerateArray().Select(v => v.GetRawText()).ToList();
        var removed = beforeValues.Except(afterValues, StringComparer.Ordinal).ToList();
        var added = afterValues.Except(beforeValues, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            changes.Add(new SpecChange(ChangeKind.EnumNarrowed, true, location, $"enum values removed: {string.Join(", ", removed)}"));
        }

        if (added.Count > 0)
        {
            changes.Add(new SpecChange(ChangeKind.EnumValueAdded, false, location, $"enum values added: {string.Join(", ", added)}"));
        }
    }

    private static void CompareProperties(JsonElement before, JsonElement after, string location, bool isRequest, List<SpecChange> changes)
    {
        var beforeProperties = Properties(before);
        var afterProperties = Properties(after);
        var beforeRequired = Required(before);
        var afterRequired = Required(after);

        var removed = beforeProperties.Keys.Where(k => !afterProperties.ContainsKey(k)).ToList();
        var added = afterProperties.Keys.Where(k => !beforeProperties.ContainsKey(k)).ToList();

        // One property gone and one with the same schema in its place reads as a rename to a human.
        if (removed.Count == 1 && added.Count == 1 && beforeProperties[removed[0]].GetRawText() == afterProperties[added[0]].GetRawText())
        {
            changes.Add(new SpecChange(ChangeKind.PropertyRenamed, true, $"{location}.{removed[0]}", $"property renamed from '{removed[0]}' to '{added[0]}'"));
            removed.Clear();
            added.Clear();
        }

        foreach (var name in removed)
        {
            changes.Add(new SpecChange(ChangeKind.PropertyRemoved, true, $"{location}.{name}", "property removed"));
        }

        foreach (var name in added)
        {
            changes.Add(afterRequired.Contains(name)
                ? new SpecChange(ChangeKind.RequiredPropertyAdded, isRequest, $"{location}.{name}", "required property added")
                : new SpecChange(ChangeKind.PropertyAdded, false, $"{location}.{name}", "optional property added"));
        }

        foreach (var pair in beforeProperties)
        {
            if (!afterProperties.TryGetValue(pair.Key, out var afterProperty))
            {
                continue;
            }

            if (afterRequired.Contains(pair.Key) && !beforeRequired.Contains(pair.Key))
            {
                changes.Add(new SpecChange(ChangeKind.PropertyBecameRequired, isRequest, $"{location}.{pair.Key}", "property became required"));
            }

            Compare(pair.Value, afterProperty, $"{location}.{pair.Key}", isRequest, changes);
        }
    }

    private static HashSet<string> Types(JsonElement schema)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (TryGet(schema, "type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                types.Add(type.GetString()!);
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                types.UnionWith(type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
            }
        }

        // OpenAPI 3.0 spells "also null" as nullable: true.
        if (types.Count > 0 && TryGet(schema, "nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
        {
            types.Add("null");
        }

        return types;
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement schema)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (TryGet(schema, "properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = property.Value;
            }
        }

        return result;
    }

    private static HashSet<string> Required(JsonElement schema)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (TryGet(schema, "required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            result.UnionWith(required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!));
        }

        return result;
    }

    private static bool TryGet(JsonElement schema, string name, out JsonElement value)
    {
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static string Describe(JsonElement schema) =>
        SchemaBundle.RefTarget(schema) is { } target ? $"'{target}'" : Join(Types(schema));

    private static string Join(HashSet<string> types) =>
        types.Count == 0 ? "any" : string.Join("|", types.OrderBy(t => t, StringComparer.Ordinal));
}
