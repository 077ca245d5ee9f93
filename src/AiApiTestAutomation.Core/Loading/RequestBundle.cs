using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// The part of a schema bundle that request examples can reach: the parameter and request body schemas and every
/// schema they reference, transitively. Checking request examples against it gives the same results as against the
/// whole bundle at a fraction of the parse (GitHub's bundle is 1 MB, mostly response schemas). It is taken from the
/// writer's schema texts, in the bundle's order, and read schema by schema (<see cref="SchemaSet.FromBundleParts"/>):
/// writing the part as one text first cost two copies of half a megabyte on the large object heap.
/// </summary>
internal static class RequestBundle
{
    private const string RefPrefix = "\"#/schemas/";

    /// <summary>The reduced bundle's schemas (key, text, location), or null when it might not validate exactly as the whole one does.</summary>
    /// <param name="spec">The model, for the operations' parameter and body schema keys.</param>
    /// <param name="bundle">The writer of <see cref="ApiSpec.SchemaBundleJson"/>, which still has each schema's text by key.</param>
    public static List<(string Key, string Json, string Location)>? Of(ApiSpec spec, SchemaBundleWriter bundle)
    {
        var schemas = bundle.Schemas;
        var pending = new Stack<string>();
        foreach (var operation in spec.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                PushIfBundled(pending, schemas, parameter.SchemaKey);
            }

            PushIfBundled(pending, schemas, operation.RequestBody?.SchemaKey ?? string.Empty);
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (!reachable.Add(key))
            {
                continue;
            }

            var json = schemas[key].Json;

            // A discriminator may name a schema no $ref reaches, and a $ref outside the bundle's schemas (or a dynamic
            // one) resolves against the whole bundle: then only the whole bundle is sure to validate the same way.
            // Only a string is a reference: Kubernetes' JSONSchemaProps has a property named "$ref" (an object).
            if (json.IndexOf("\"discriminator\"", StringComparison.Ordinal) >= 0
                || json.IndexOf("\"$dynamicRef\"", StringComparison.Ordinal) >= 0
                || json.IndexOf("\"$recursiveRef\"", StringComparison.Ordinal) >= 0
                || Count(json, "\"$ref\":\"") != Count(json, "\"$ref\":" + RefPrefix))
            {
                return null;
            }

            foreach (var target in Targets(json))
            {
                if (!schemas.ContainsKey(target))
                {
                    return null;
                }

                pending.Push(target);
            }
        }

        var part = new List<(string Key, string Json, string Location)>(reachable.Count);
        foreach (var pair in schemas)
        {
            if (reachable.Contains(pair.Key))
            {
                part.Add((pair.Key, pair.Value.Json, pair.Value.Location));
            }
        }

        return part;
    }

    private static void PushIfBundled(Stack<string> pending, IReadOnlyDictionary<string, (string Json, string Location)> schemas, string key)
    {
        if (schemas.ContainsKey(key))
        {
            pending.Push(key);
        }
    }

    /// <summary>The bundle keys a schema's text refers to; the writer escapes keys as JSON pointer segments.</summary>
    private static IEnumerable<string> Targets(string json)
    {
        var index = 0;
        while ((index = json.IndexOf(RefPrefix, index, StringComparison.Ordinal)) >= 0)
        {
            index += RefPrefix.Length;
            var end = json.IndexOf('"', index);
            var segment = json.Substring(index, end - index);
            var slash = segment.IndexOf('/');
            yield return JsonPointer.Unescape(slash < 0 ? segment : segment.Substring(0, slash));
        }
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        var index = 0;
        while ((index = text.IndexOf(value, index, StringComparison.Ordinal)) >= 0)
        {
            count++;
            index += value.Length;
        }

        return count;
    }
}
