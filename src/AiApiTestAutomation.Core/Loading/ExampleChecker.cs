using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Core.Model;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// Checks every example the spec gives (on a schema, or on a request or response body) against its own schema,
/// with the validator the test runtime uses. A wrong example is a spec bug: it is reported on its line, and the
/// runtime never uses it as test data (it validates examples before use), so no test is built on it.
/// </summary>
internal static class ExampleChecker
{
    /// <summary>Schema keywords that hold subschemas, so a property named "example" is never taken for an example.</summary>
    private static readonly string[] SingleSchemaKeywords =
        ["additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems"];

    private static readonly string[] SchemaListKeywords = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];

    private static readonly string[] SchemaMapKeywords = ["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"];

    /// <param name="bundle">The writer of the spec's schema bundle, from which the request part is cut.</param>
    /// <param name="diagnostics">Where failures go, with pending positions (see <see cref="PendingPositions"/>).</param>
    public static void Check(ApiSpec spec, SchemaBundleWriter bundle, IReadOnlyList<MediaExample> mediaExamples, ExampleScope scope, List<SpecDiagnostic> diagnostics)
    {
        var media = mediaExamples.Where(e => scope == ExampleScope.All || !e.IsResponse).ToList();
        // An example keyword is inside a schema, and a schema's text is one piece of the bundle.
        if (media.Count == 0 && !spec.SchemaBundle.AnyPieceContains("\"example"))
        {
            return; // nothing to check, so the bundle is not parsed (most of this step's cost)
        }

        var requestPart = scope == ExampleScope.All ? null : RequestBundle.Of(spec, bundle, media.Select(e => e.SchemaKey));
        var set = requestPart is null ? SchemaSet.Parse(spec.SchemaBundle.ToString()) : SchemaSet.FromBundleParts(bundle.Dialect, requestPart.Schemas);
        var validator = new SchemaValidator(set);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<(SchemaValidationResult Result, string Pointer)>();
        var keys = scope == ExampleScope.All ? set.Keys.ToList() : requestPart is null ? RequestSchemaKeys(spec, set) : Sorted(requestPart.KeysWithExamples);

        foreach (var key in keys)
        {
            var location = set.LocationOf(key).TrimStart('#');
            Walk(set.SchemaOf(key), location, schema => CheckSchemaExamples(spec, validator, schema.Node, schema.Pointer, failures, reported));
        }

        foreach (var example in media)
        {
            if (set.Contains(example.SchemaKey))
            {
                var usage = example.IsResponse ? SchemaUsage.Response : SchemaUsage.Request;
                try
                {
                    Report(validator.Validate(example.Value, example.SchemaKey, usage), example.Pointer, failures, reported);
                }
                catch (InvalidOperationException ex) when (ex.Message.StartsWith("Cannot resolve $ref", StringComparison.Ordinal))
                {
                    // The schema refers into the document somewhere the bundle does not carry (a $ref into paths):
                    // the example cannot be checked, and the reference is what to fix.
                    diagnostics.Add(PendingPositions.At(DiagnosticIds.UnresolvedReference, SpecDiagnosticSeverity.Warning, $"This example is not checked: its schema has a $ref that cannot be resolved ({OpenApiDocumentReader.Excerpt(ex.Message)})", spec.FilePath, example.Pointer));
                }
            }
        }

        foreach (var (result, pointer) in failures)
        {
            var violation = result.Violations[0];
            var more = result.Violations.Count > 1 ? $" (and {result.Violations.Count - 1} more)" : string.Empty;
            diagnostics.Add(PendingPositions.At(
                DiagnosticIds.InvalidExample,
                SpecDiagnosticSeverity.Warning,
                $"The example at #{pointer} does not match its own schema: {OpenApiDocumentReader.Excerpt(violation.ToString())}{more}. Generated tests do not use it; fix the example or the schema.",
                spec.FilePath,
                pointer));
        }
    }

    /// <summary>The schemas request data comes from (bodies, parameters) and every schema they reference, transitively.</summary>
    private static List<string> RequestSchemaKeys(ApiSpec spec, SchemaSet set)
    {
        var pending = new Stack<string>(spec.Operations
            .SelectMany(o => o.Parameters.Select(p => p.SchemaKey).Concat(new[] { o.RequestBody?.SchemaKey ?? string.Empty }))
            .Where(set.Contains));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (seen.Add(key))
            {
                foreach (var referenced in References(set.SchemaOf(key)).Where(set.Contains))
                {
                    pending.Push(referenced);
                }
            }
        }

        return Sorted(set.Keys.Where(seen.Contains).ToList());
    }

    /// <summary>
    /// Keys in the bundle's order, which is ordinal, are already sorted (sorting GitHub's request schemas by name was 8%
    /// of a warm profile); checked all the same, so the diagnostics' order never depends on it.
    /// </summary>
    private static List<string> Sorted(List<string> keys)
    {
        if (!IsOrdinallySorted(keys))
        {
            keys.Sort(StringComparer.Ordinal);
        }

        return keys;
    }

    private static bool IsOrdinallySorted(List<string> keys)
    {
        for (var i = 1; i < keys.Count; i++)
        {
            if (string.CompareOrdinal(keys[i - 1], keys[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bundle keys a schema's <c>$ref</c>s name, in document order (one list, not nested iterators per level).</summary>
    private static List<string> References(JsonNode? node)
    {
        var keys = new List<string>();
        AddReferences(node, keys);
        return keys;
    }

    private static void AddReferences(JsonNode? node, List<string> keys)
    {
        const string prefix = "#/schemas/";
        switch (node)
        {
            case JsonObject obj:
                foreach (var pair in obj)
                {
                    if (pair.Key == "$ref" && pair.Value is JsonValue value && value.TryGetValue<string>(out var target) && target.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        keys.Add(JsonPointer.Unescape(target.Substring(prefix.Length)));
                    }
                    else
                    {
                        AddReferences(pair.Value, keys);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    AddReferences(item, keys);
                }

                break;
        }
    }

    private static void CheckSchemaExamples(ApiSpec spec, SchemaValidator validator, JsonObject schema, string pointer, List<(SchemaValidationResult Result, string Pointer)> failures, HashSet<string> reported)
    {
        if (schema.TryGetPropertyValue("example", out var example))
        {
            Report(validator.ValidateAgainst(schema, example, usage: null), pointer + "/example", failures, reported);
        }

        if (spec.SpecVersion == SpecVersion.OpenApi31 && schema["examples"] is JsonArray examples)
        {
            for (var index = 0; index < examples.Count; index++)
            {
                var itemPointer = pointer + "/examples/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Report(validator.ValidateAgainst(schema, examples[index], usage: null), itemPointer, failures, reported);
            }
        }
    }

    private static void Report(SchemaValidationResult result, string pointer, List<(SchemaValidationResult Result, string Pointer)> failures, HashSet<string> reported)
    {
        if (!result.IsValid && reported.Add(pointer))
        {
            failures.Add((result, pointer));
        }
    }

    private static void Walk(JsonNode node, string pointer, Action<(JsonObject Node, string Pointer)> visit)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        visit((schema, pointer));
        foreach (var keyword in SingleSchemaKeywords)
        {
            if (schema[keyword] is JsonObject child)
            {
                Walk(child, pointer + "/" + keyword, visit);
            }
        }

        foreach (var keyword in SchemaListKeywords)
        {
            if (schema[keyword] is JsonArray list)
            {
                for (var index = 0; index < list.Count; index++)
                {
                    Walk(list[index]!, pointer + "/" + keyword + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), visit);
                }
            }
        }

        foreach (var keyword in SchemaMapKeywords)
        {
            if (schema[keyword] is JsonObject map)
            {
                foreach (var pair in map)
                {
                    if (pair.Value is not null)
                    {
                        Walk(pair.Value, pointer + "/" + keyword + "/" + JsonPointer.Escape(pair.Key), visit);
                    }
                }
            }
        }
    }
}
