using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Diff;

/// <summary>
/// The one spec diff of the product (relay commit messages, the MSBuild task's report). Operations are
/// matched by method and path; schemas come from each spec's schema bundle, so nothing is re-parsed.
/// </summary>
public static class SpecDiff
{
    public static SpecDiffResult Compare(ApiSpec before, ApiSpec after)
    {
        var beforeBundle = SchemaBundle.Parse(before.SchemaBundle.ToString());
        var afterBundle = SchemaBundle.Parse(after.SchemaBundle.ToString());
        var beforeOperations = ByKey(before.Operations);
        var afterOperations = ByKey(after.Operations);
        var changes = new List<SpecChange>();

        var removed = beforeOperations.Keys.Where(k => !afterOperations.ContainsKey(k)).ToList();
        var added = afterOperations.Keys.Where(k => !beforeOperations.ContainsKey(k)).ToList();
        var changed = new List<string>();
        changes.AddRange(removed.Select(k => new SpecChange(ChangeKind.OperationRemoved, true, k, "operation removed")));
        changes.AddRange(added.Select(k => new SpecChange(ChangeKind.OperationAdded, false, k, "operation added")));

        foreach (var pair in beforeOperations)
        {
            if (!afterOperations.TryGetValue(pair.Key, out var afterOperation))
            {
                continue;
            }

            var operationChanges = new List<SpecChange>();
            CompareOperation(pair.Key, pair.Value, afterOperation, beforeBundle, afterBundle, operationChanges);
            var detailsDiffer = pair.Value with { Line = 0 } != afterOperation with { Line = 0 };
            var schemasDiffer = !UsedSchemas(pair.Value, beforeBundle).SequenceEqual(UsedSchemas(afterOperation, afterBundle));
            if (detailsDiffer && operationChanges.Count == 0)
            {
                operationChanges.Add(new SpecChange(ChangeKind.OperationDetailsChanged, false, pair.Key, "summary, tags, media types or other details changed"));
            }

            if (detailsDiffer || schemasDiffer || operationChanges.Count > 0)
            {
                changed.Add(pair.Key);
            }

            changes.AddRange(operationChanges);
        }

        CompareComponents(beforeBundle, afterBundle, RequestSchemas(after, afterBundle), changes);

        return new SpecDiffResult(
            added.ToEquatableArray(),
            changed.ToEquatableArray(),
            removed.ToEquatableArray(),
            changes.ToEquatableArray());
    }

    private static SortedDictionary<string, ApiOperation> ByKey(IEnumerable<ApiOperation> operations)
    {
        var result = new SortedDictionary<string, ApiOperation>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            result[$"{operation.Method} {operation.Path}"] = operation;
        }

        return result;
    }

    private static void CompareOperation(string key, ApiOperation before, ApiOperation after, SchemaBundle beforeBundle, SchemaBundle afterBundle, List<SpecChange> changes)
    {
        foreach (var response in before.Responses)
        {
            var afterResponse = after.FindResponse(response.StatusCode);
            if (afterResponse is null)
            {
                changes.Add(new SpecChange(ChangeKind.ResponseRemoved, true, key, $"response {response.StatusCode} removed"));
            }
            else
            {
                CompareSchemas(beforeBundle, response.SchemaKey, afterBundle, afterResponse.SchemaKey, $"{key} response {response.StatusCode}", false, changes);
            }
        }

        foreach (var response in after.Responses.Where(r => before.FindResponse(r.StatusCode) is null))
        {
            changes.Add(new SpecChange(ChangeKind.ResponseAdded, false, key, $"response {response.StatusCode} added"));
        }

        foreach (var parameter in before.Parameters)
        {
            var afterParameter = after.Parameters.FirstOrDefault(p => p.Name == parameter.Name && p.Location == parameter.Location);
            var where = $"{key} {parameter.Location.ToString().ToLowerInvariant()} parameter '{parameter.Name}'";
            if (afterParameter is null)
            {
                changes.Add(new SpecChange(ChangeKind.ParameterRemoved, true, key, $"{parameter.Location.ToString().ToLowerInvariant()} parameter '{parameter.Name}' removed"));
                continue;
            }

            if (afterParameter.Required && !parameter.Required)
            {
                changes.Add(new SpecChange(ChangeKind.ParameterBecameRequired, true, key, $"{parameter.Location.ToString().ToLowerInvariant()} parameter '{parameter.Name}' became required"));
            }

            CompareSchemas(beforeBundle, parameter.SchemaKey, afterBundle, afterParameter.SchemaKey, where, true, changes);
        }

        foreach (var parameter in after.Parameters.Where(p => !before.Parameters.Any(b => b.Name == p.Name && b.Location == p.Location)))
        {
            changes.Add(new SpecChange(ChangeKind.ParameterAdded, parameter.Required, key, $"{(parameter.Required ? "required" : "optional")} {parameter.Location.ToString().ToLowerInvariant()} parameter '{parameter.Name}' added"));
        }

        if (before.RequestBody is { } beforeBody && after.RequestBody is { } afterBody)
        {
            if (afterBody.Required && !beforeBody.Required)
            {
                changes.Add(new SpecChange(ChangeKind.RequestBodyBecameRequired, true, key, "request body became required"));
            }

            CompareSchemas(beforeBundle, beforeBody.SchemaKey, afterBundle, afterBody.SchemaKey, $"{key} request", true, changes);
        }
        else if (before.RequestBody is null && after.RequestBody is { Required: true })
        {
            changes.Add(new SpecChange(ChangeKind.RequestBodyBecameRequired, true, key, "required request body added"));
        }
    }

    private static void CompareSchemas(SchemaBundle beforeBundle, string? beforeKey, SchemaBundle afterBundle, string? afterKey, string location, bool isRequest, List<SpecChange> changes)
    {
        // A use of a component is compared by name: the component itself is compared once, in CompareComponents.
        if (beforeBundle.IsComponent(beforeKey) || afterBundle.IsComponent(afterKey))
        {
            if (beforeKey != afterKey && beforeKey is not null && afterKey is not null)
            {
                changes.Add(new SpecChange(ChangeKind.TypeNarrowed, true, location, $"schema changed from '{beforeKey}' to '{afterKey}'"));
            }

            return;
        }

        if (beforeBundle.Find(beforeKey) is { } before && afterBundle.Find(afterKey) is { } after)
        {
            SchemaComparer.Compare(before, after, location, isRequest, changes);
        }
    }

    private static void CompareComponents(SchemaBundle before, SchemaBundle after, HashSet<string> requestSchemas, List<SpecChange> changes)
    {
        var beforeKeys = new SortedSet<string>(before.ComponentKeys, StringComparer.Ordinal);
        var afterKeys = new SortedSet<string>(after.ComponentKeys, StringComparer.Ordinal);
        foreach (var key in beforeKeys)
        {
            if (!afterKeys.Contains(key))
            {
                // Operations that used it report their own changed reference; the removal itself breaks no one else.
                changes.Add(new SpecChange(ChangeKind.SchemaRemoved, false, key, "schema removed"));
                continue;
            }

            SchemaComparer.Compare(before.Find(key)!.Value, after.Find(key)!.Value, key, requestSchemas.Contains(key), changes);
        }

        foreach (var key in afterKeys.Where(k => !beforeKeys.Contains(k)))
        {
            changes.Add(new SpecChange(ChangeKind.SchemaAdded, false, key, "schema added"));
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> UsedSchemas(ApiOperation operation, SchemaBundle bundle) =>
        bundle.Closure(RootKeys(operation, includeResponses: true));

    /// <summary>Every schema key a client sends in some operation (parameters and request bodies, with what they reference).</summary>
    private static HashSet<string> RequestSchemas(ApiSpec spec, SchemaBundle bundle)
    {
        var roots = spec.Operations.SelectMany(o => RootKeys(o, includeResponses: false));
        return new HashSet<string>(bundle.Closure(roots).Keys, StringComparer.Ordinal);
    }

    private static IEnumerable<string> RootKeys(ApiOperation operation, bool includeResponses)
    {
        foreach (var parameter in operation.Parameters)
        {
            yield return parameter.SchemaKey;
        }

        if (operation.RequestBody is { } body)
        {
            yield return body.SchemaKey;
        }

        if (includeResponses)
        {
            foreach (var response in operation.Responses)
            {
                if (response.SchemaKey is { } key)
                {
                    yield return key;
                }
            }
        }
    }
}
