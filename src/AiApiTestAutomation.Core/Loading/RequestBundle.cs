using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// The part of a schema bundle that request examples need: the request schemas (parameters, bodies and every schema
/// they reference, transitively) that carry an example of their own or have a request example given for them, and the
/// schemas those reference. Checking request examples against it gives the same results as against the whole bundle
/// at a fraction of the parse (GitHub's bundle is 1 MB, mostly response schemas, and most request schemas carry no
/// example). It is taken from the writer's schema texts, in the bundle's order, and read schema by schema
/// (<see cref="SchemaSet.FromBundleParts"/>): writing the part as one text first cost two copies of half a megabyte
/// on the large object heap.
/// </summary>
internal static class RequestBundle
{
    private const string Reference = "\"$ref\":\"#/schemas/";

    /// <summary>The reduced bundle, or null when it might not validate exactly as the whole one does.</summary>
    /// <param name="spec">The model, for the operations' parameter and body schema keys.</param>
    /// <param name="bundle">The writer of <see cref="ApiSpec.SchemaBundle"/>, which still has each schema's text by key.</param>
    /// <param name="exampleSchemaKeys">The schema keys of the request examples given beside schemas (media types, parameters).</param>
    public static RequestPart? Of(ApiSpec spec, SchemaBundleWriter bundle, IEnumerable<string> exampleSchemaKeys)
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

        // Each reachable schema with the keys it refers to.
        var reachable = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (reachable.ContainsKey(key))
            {
                continue;
            }

            var json = schemas[key].Json;

            // A discriminator may name a schema no $ref reaches, and a $ref outside the bundle's schemas (or a dynamic
            // one) resolves against the whole bundle: then only the whole bundle is sure to validate the same way.
            // Only a string is a reference: Kubernetes' JSONSchemaProps has a property named "$ref" (an object).
            var targets = Targets(json);
            if (targets is null
                || MayHoldDiscriminatorObject(json)
                || json.IndexOf("\"$dynamicRef\"", StringComparison.Ordinal) >= 0
                || json.IndexOf("\"$recursiveRef\"", StringComparison.Ordinal) >= 0
                || Count(json, "\"$ref\":\"") != targets.Count)
            {
                return null;
            }

            reachable.Add(key, targets);
            foreach (var target in targets)
            {
                if (!schemas.ContainsKey(target))
                {
                    return null;
                }

                pending.Push(target);
            }
        }

        // A schema's own examples sit in its own text (the check walks its subschemas, never through a $ref); "example
        // also matches "examples" (3.1), and a quoted word in a description only adds a schema to check, never drops one.
        var withExamples = new List<string>();
        foreach (var pair in schemas)
        {
            if (reachable.ContainsKey(pair.Key) && pair.Value.Json.IndexOf("\"example", StringComparison.Ordinal) >= 0)
            {
                withExamples.Add(pair.Key);
                pending.Push(pair.Key);
            }
        }

        foreach (var key in exampleSchemaKeys)
        {
            if (reachable.ContainsKey(key))
            {
                pending.Push(key);
            }
        }

        // Every schema reachable here passed the checks above, so its targets are bundled and reachable too.
        var needed = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (needed.Add(key))
            {
                foreach (var target in reachable[key])
                {
                    pending.Push(target);
                }
            }
        }

        var part = new List<(string Key, string Json, string Location)>(needed.Count);
        foreach (var pair in schemas)
        {
            if (needed.Contains(pair.Key))
            {
                part.Add((pair.Key, pair.Value.Json, pair.Value.Location));
            }
        }

        return new RequestPart(part, withExamples);
    }

    private static void PushIfBundled(Stack<string> pending, IReadOnlyDictionary<string, (string Json, string Location)> schemas, string key)
    {
        if (schemas.ContainsKey(key))
        {
            pending.Push(key);
        }
    }

    /// <summary>
    /// The bundle keys a schema's text refers to, or null when a reference is not a whole schema's plain key (a pointer
    /// into a schema, an escaped character). The example check follows references in the parsed JSON; for plain keys
    /// the text reads the same (the writer is terse, and <c>"$ref":"</c> is only ever a key with a string value), so
    /// the part holds exactly the schemas the whole bundle's check would reach.
    /// </summary>
    private static List<string>? Targets(string json)
    {
        var targets = new List<string>();
        for (var index = json.IndexOf(Reference, StringComparison.Ordinal); index >= 0; index = json.IndexOf(Reference, index, StringComparison.Ordinal))
        {
            index += Reference.Length;
            var end = json.IndexOf('"', index);
            if (end < 0 || json.IndexOf('/', index, end - index) >= 0 || json.IndexOf('\\', index, end - index) >= 0)
            {
                return null;
            }

            targets.Add(JsonPointer.Unescape(json.Substring(index, end - index)));
        }

        return targets;
    }

    /// <summary>
    /// Whether the schema's text may hold an OpenAPI discriminator, the only kind the validator follows: an object.
    /// Kubernetes marks its unions with <c>"x-kubernetes-unions": [{"discriminator": "type", ...}]</c>, a string the
    /// validator ignores; taking it for a discriminator sent Kubernetes' check to the whole bundle (1.9 million characters,
    /// 22 MB allocated a run) to check no example. Any other value after <c>"discriminator":</c> counts, so a property
    /// named "discriminator" is still taken for one: the whole bundle then checks it, as before.
    /// </summary>
    private static bool MayHoldDiscriminatorObject(string json)
    {
        const string Name = "\"discriminator\"";
        for (var index = json.IndexOf(Name, StringComparison.Ordinal); index >= 0; index = json.IndexOf(Name, index, StringComparison.Ordinal))
        {
            index = SkipWhitespace(json, index + Name.Length);
            if (index < json.Length && json[index] == ':')
            {
                var value = SkipWhitespace(json, index + 1);
                if (value >= json.Length || json[value] != '"')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t' or '\n' or '\r')
        {
            index++;
        }

        return index;
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

/// <summary>The schemas request examples need, in the bundle's order, and which of them carry examples of their own.</summary>
/// <param name="Schemas">Each schema's key, JSON text and location in the spec.</param>
/// <param name="KeysWithExamples">The request schemas whose own text has an example, in the bundle's (ordinal) order.</param>
internal sealed record RequestPart(List<(string Key, string Json, string Location)> Schemas, List<string> KeysWithExamples);
