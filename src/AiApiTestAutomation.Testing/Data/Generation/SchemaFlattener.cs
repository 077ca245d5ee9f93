using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Compilation;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Builds an <see cref="EffectiveSchema"/> from schema JSON: follows $ref, merges allOf, keeps the tightest bounds.</summary>
internal sealed class SchemaFlattener
{
    private readonly SchemaRegistry registry;

    public SchemaFlattener(SchemaRegistry registry)
    {
        this.registry = registry;
    }

    public EffectiveSchema Flatten(IEnumerable<JsonNode> schemas)
    {
        var effective = new EffectiveSchema();
        var visited = new HashSet<JsonNode>(ReferenceEqualityComparer.Instance);
        foreach (JsonNode schema in schemas)
        {
            Merge(effective, schema, visited);
        }

        return effective;
    }

    /// <summary>Follows a chain of pure <c>$ref</c>s to the schema that says something.</summary>
    public JsonNode Dereference(JsonNode schema)
    {
        for (int hops = 0; hops < 32 && schema is JsonObject obj && SchemaJson.String(obj, "$ref") is { } reference; hops++)
        {
            JsonNode? target = registry.Resolve(registry.PositionOf(obj), reference);
            if (target is null || (obj.Count > 1 && registry.Rules.IsModern))
            {
                break;
            }

            schema = target;
        }

        return schema;
    }

    private void Merge(EffectiveSchema into, JsonNode schema, HashSet<JsonNode> visited)
    {
        if (!visited.Add(schema))
        {
            return;
        }

        if (schema is JsonValue value && value.GetValueKind() == JsonValueKind.False)
        {
            into.IsFalse = true;
            return;
        }

        if (schema is not JsonObject obj)
        {
            return;
        }

        if (registry.Rules.IsOpenApi && (SchemaJson.IsTrue(obj, "nullable") || SchemaJson.IsTrue(obj, "x-nullable")))
        {
            into.Nullable = true;
        }

        if (SchemaJson.String(obj, "$ref") is { } reference && registry.Resolve(registry.PositionOf(obj), reference) is { } target)
        {
            Merge(into, target, visited);
            if (registry.Rules.RefOverridesSiblings)
            {
                return;
            }
        }

        MergeScalars(into, obj);
        MergeObject(into, obj);
        MergeArray(into, obj);
        if (obj["allOf"] is JsonArray allOf)
        {
            foreach (JsonNode? branch in allOf)
            {
                if (branch is not null)
                {
                    Merge(into, branch, visited);
                }
            }
        }

        foreach (string keyword in new[] { "oneOf", "anyOf" })
        {
            if (obj[keyword] is JsonArray { Count: > 0 } alternatives)
            {
                into.Alternatives.Add(alternatives);
                if (obj["discriminator"] is JsonObject discriminator)
                {
                    into.Discriminator = discriminator;
                }
            }
        }

        if (obj["not"] is { } not)
        {
            into.NotSchema ??= not;
        }

        foreach (string keyword in new[] { "example", "default" })
        {
            if (obj.TryGetPropertyValue(keyword, out JsonNode? example) && example is not null)
            {
                into.Examples.Add(example);
            }
        }

        if (obj["examples"] is JsonArray examples)
        {
            into.Examples.AddRange(examples.Where(example => example is not null)!);
        }
    }

    private static void MergeScalars(EffectiveSchema into, JsonObject obj)
    {
        switch (obj["type"])
        {
            case JsonValue:
                Intersect(into.Types, [obj["type"]!.ToString()]);
                break;
            case JsonArray many:
                Intersect(into.Types, many.Select(type => type?.ToString() ?? "null").ToList());
                break;
        }

        if (obj.TryGetPropertyValue("const", out JsonNode? constant))
        {
            into.HasConst = true;
            into.Const = constant;
        }

        if (obj["enum"] is JsonArray values)
        {
            into.Enum ??= values;
        }

        into.MinLength = Max(into.MinLength, SchemaJson.Count(obj, "minLength"));
        into.MaxLength = Min(into.MaxLength, SchemaJson.Count(obj, "maxLength"));
        if (SchemaJson.String(obj, "pattern") is { } pattern)
        {
            into.Patterns.Add(pattern);
        }

        into.Format ??= SchemaJson.String(obj, "format");
        MergeBound(obj, "minimum", "exclusiveMinimum", isMaximum: false, into);
        MergeBound(obj, "maximum", "exclusiveMaximum", isMaximum: true, into);
        into.MultipleOf ??= SchemaJson.Number(obj, "multipleOf");
    }

    private static void MergeBound(JsonObject obj, string inclusiveKeyword, string exclusiveKeyword, bool isMaximum, EffectiveSchema into)
    {
        bool modifier = SchemaJson.IsTrue(obj, exclusiveKeyword);
        if (SchemaJson.Number(obj, inclusiveKeyword) is { } inclusive)
        {
            Tighten(into, inclusive, modifier, isMaximum);
        }

        if (SchemaJson.Number(obj, exclusiveKeyword) is { } exclusive)
        {
            Tighten(into, exclusive, exclusive: true, isMaximum);
        }
    }

    private static void Tighten(EffectiveSchema into, JsonNumber limit, bool exclusive, bool isMaximum)
    {
        if (isMaximum)
        {
            if (into.Maximum is null || limit.CompareTo(into.Maximum.Value) < 0 || (limit.CompareTo(into.Maximum.Value) == 0 && exclusive))
            {
                into.Maximum = limit;
                into.ExclusiveMaximum = exclusive;
            }
        }
        else if (into.Minimum is null || limit.CompareTo(into.Minimum.Value) > 0 || (limit.CompareTo(into.Minimum.Value) == 0 && exclusive))
        {
            into.Minimum = limit;
            into.ExclusiveMinimum = exclusive;
        }
    }

    private static void MergeObject(EffectiveSchema into, JsonObject obj)
    {
        if (obj["properties"] is JsonObject properties)
        {
            foreach (KeyValuePair<string, JsonNode?> property in properties)
            {
                if (property.Value is null)
                {
                    continue;
                }

                if (!into.Properties.TryGetValue(property.Key, out List<JsonNode>? schemas))
                {
                    into.Properties[property.Key] = schemas = new List<JsonNode>();
                }

                schemas.Add(property.Value);
            }
        }

        if (obj["required"] is JsonArray required)
        {
            foreach (JsonNode? name in required)
            {
                if (name is not null)
                {
                    into.Required.Add(name.ToString());
                }
            }
        }

        JsonNode? additional = obj["additionalProperties"];
        if (additional is JsonValue flag && flag.GetValueKind() == JsonValueKind.False)
        {
            into.AdditionalForbidden = true;
        }
        else if (additional is JsonObject)
        {
            into.AdditionalProperties ??= additional;
        }

        into.MinProperties = Max(into.MinProperties, SchemaJson.Count(obj, "minProperties"));
        into.MaxProperties = Min(into.MaxProperties, SchemaJson.Count(obj, "maxProperties"));
    }

    private static void MergeArray(EffectiveSchema into, JsonObject obj)
    {
        switch (obj["items"])
        {
            case JsonObject or JsonValue:
                into.ItemSchemas.Add(obj["items"]!);
                break;
            case JsonArray tuple when into.PrefixItems.Count == 0:
                into.PrefixItems.AddRange(tuple.Where(item => item is not null)!);
                break;
        }

        if (obj["prefixItems"] is JsonArray prefix && into.PrefixItems.Count == 0)
        {
            into.PrefixItems.AddRange(prefix.Where(item => item is not null)!);
        }

        into.MinItems = Max(into.MinItems, SchemaJson.Count(obj, "minItems"));
        into.MaxItems = Min(into.MaxItems, SchemaJson.Count(obj, "maxItems"));
        into.UniqueItems |= SchemaJson.IsTrue(obj, "uniqueItems");
    }

    private static void Intersect(List<string> types, List<string> more)
    {
        if (types.Count == 0)
        {
            types.AddRange(more);
            return;
        }

        // "integer" is a "number", so their intersection is "integer".
        var kept = types.Where(type => more.Contains(type) || (type == "integer" && more.Contains("number"))).ToList();
        kept.AddRange(more.Where(type => type == "integer" && types.Contains("number") && !kept.Contains("integer")));
        if (kept.Count > 0)
        {
            types.Clear();
            types.AddRange(kept);
        }
    }

    private static long? Max(long? current, long? candidate) => current is null ? candidate : candidate is null ? current : Math.Max(current.Value, candidate.Value);

    private static long? Min(long? current, long? candidate) => current is null ? candidate : candidate is null ? current : Math.Min(current.Value, candidate.Value);
}
