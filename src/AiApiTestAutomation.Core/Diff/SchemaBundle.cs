using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AiApiTestAutomation.Core.Diff;

/// <summary>
/// Read access to <see cref="Model.ApiSpec.SchemaBundle"/>: each schema by key, whether a key names a
/// component, and the keys a set of schemas reaches through '#/schemas/...' references.
/// </summary>
internal sealed class SchemaBundle
{
    private const string RefPrefix = "#/schemas/";

    private readonly Dictionary<string, JsonElement> schemas = new(StringComparer.Ordinal);
    private readonly HashSet<string> components = new(StringComparer.Ordinal);

    private SchemaBundle()
    {
    }

    public IEnumerable<string> ComponentKeys => components;

    public static SchemaBundle Parse(string json)
    {
        var bundle = new SchemaBundle();
        if (string.IsNullOrWhiteSpace(json))
        {
            return bundle;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("schemas", out var schemas) && schemas.ValueKind == JsonValueKind.Object)
        {
            foreach (var schema in schemas.EnumerateObject())
            {
                // Cloned so the elements outlive the document disposed here.
                bundle.schemas[schema.Name] = schema.Value.Clone();
            }
        }

        if (document.RootElement.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Object)
        {
            foreach (var location in locations.EnumerateObject())
            {
                var pointer = location.Value.GetString() ?? string.Empty;
                if (pointer.StartsWith("#/components/schemas/", StringComparison.Ordinal) || pointer.StartsWith("#/definitions/", StringComparison.Ordinal))
                {
                    bundle.components.Add(location.Name);
                }
            }
        }

        return bundle;
    }

    public JsonElement? Find(string? key) => key is not null && schemas.TryGetValue(key, out var schema) ? schema : null;

    public bool IsComponent(string? key) => key is not null && components.Contains(key);

    public static string? RefTarget(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && schema.TryGetProperty("$ref", out var reference)
        && reference.ValueKind == JsonValueKind.String
        && reference.GetString() is { } text
        && text.StartsWith(RefPrefix, StringComparison.Ordinal)
            ? text.Substring(RefPrefix.Length)
            : null;

    /// <summary>The given keys plus every key they reach through references, each with its schema's JSON text.</summary>
    public SortedDictionary<string, string> Closure(IEnumerable<string> roots)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (key.Length == 0 || result.ContainsKey(key) || !schemas.TryGetValue(key, out var schema))
            {
                continue;
            }

            result[key] = schema.GetRawText();
            CollectReferences(schema, pending);
        }

        return result;
    }

    private static void CollectReferences(JsonElement element, Stack<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (RefTarget(element) is { } target)
                {
                    into.Push(target);
                }

                foreach (var property in element.EnumerateObject())
                {
                    CollectReferences(property.Value, into);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectReferences(item, into);
                }

                break;
        }
    }
}
