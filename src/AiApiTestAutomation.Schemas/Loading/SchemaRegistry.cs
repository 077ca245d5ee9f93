using AiApiTestAutomation.Schemas.Compat;
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Schemas.Loading;

/// <summary>
/// Knows every schema object of a set: its base URI and display location, the resources named by <c>$id</c>
/// and the anchors, and resolves references to schema objects. Remote documents come from an optional loader.
/// </summary>
internal sealed class SchemaRegistry
{
    private readonly Dictionary<string, JsonNode> resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode> anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<JsonNode, SchemaPosition> positions = new(IdentityComparer.Instance);
    private readonly Dictionary<JsonNode, string> resourceRoots = new(IdentityComparer.Instance);
    private readonly Dictionary<string, Dictionary<string, JsonNode>> dynamicAnchors = new(StringComparer.Ordinal);
    private readonly Func<string, JsonNode?>? remoteLoader;

    private readonly string defaultBaseUri;

    public SchemaRegistry(DialectRules rules, string defaultBaseUri, Func<string, JsonNode?>? remoteLoader)
    {
        Rules = rules;
        this.defaultBaseUri = defaultBaseUri;
        this.remoteLoader = remoteLoader;
    }

    public DialectRules Rules { get; }

    /// <summary>Registers a document (or one schema of a bundle) and everything beneath it.</summary>
    public void AddResource(string uri, JsonNode root, string location)
    {
        string key = UriReference.Normalize(UriReference.WithoutFragment(uri));
        resources.TryAdd(key, root);
        resourceRoots.TryAdd(root, key);
        Walk(root, key, location);
    }

    /// <summary>The <c>$dynamicAnchor</c>s of the resource rooted at <paramref name="schema"/>, if it is a resource root that has any.</summary>
    public IReadOnlyDictionary<string, JsonNode>? DynamicAnchorsOfResource(JsonNode schema) =>
        resourceRoots.TryGetValue(schema, out string? uri) && dynamicAnchors.TryGetValue(uri, out Dictionary<string, JsonNode>? named) ? named : null;

    public SchemaPosition PositionOf(JsonNode schema) =>
        positions.TryGetValue(schema, out SchemaPosition? position) ? position : new SchemaPosition(defaultBaseUri, "#");

    /// <summary>Finds the schema a <c>$ref</c> written at <paramref name="from"/> points at, or null.</summary>
    public JsonNode? Resolve(SchemaPosition from, string reference)
    {
        string absolute = UriReference.Resolve(from.BaseUri, reference);
        string resourceUri = UriReference.Normalize(UriReference.WithoutFragment(absolute));
        string fragment = UriReference.FragmentOf(absolute);

        if (!resources.TryGetValue(resourceUri, out JsonNode? resource))
        {
            resource = LoadRemote(resourceUri);
            if (resource is null)
            {
                return null;
            }
        }

        if (fragment.Length == 0)
        {
            return resource;
        }

        if (fragment[0] != '/')
        {
            string anchorKey = resourceUri + "#" + Uri.UnescapeDataString(fragment);
            return anchors.TryGetValue(anchorKey, out JsonNode? anchored) ? anchored : null;
        }

        // Bundle keys may be written raw (spaces, CJK) or percent-encoded; try the raw pointer first.
        if (!JsonPointer.TryResolve(resource, fragment, out JsonNode? target) || target is null)
        {
            if (!JsonPointer.TryResolve(resource, Uri.UnescapeDataString(fragment), out target) || target is null)
            {
                return null;
            }
        }

        if (!positions.ContainsKey(target))
        {
            // Reached through a keyword the walker does not know (e.g. a pointer into an unknown keyword).
            SchemaPosition resourcePosition = PositionOf(resource);
            Walk(target, resourcePosition.BaseUri, resourcePosition.Location + Uri.UnescapeDataString(fragment));
        }

        return target;
    }

    private JsonNode? LoadRemote(string resourceUri)
    {
        JsonNode? document = remoteLoader?.Invoke(resourceUri);
        if (document is null)
        {
            return null;
        }

        AddResource(resourceUri, document, resourceUri + "#");
        return document;
    }

    /// <summary>Registers one schema object (and its subschemas) found at a known place, e.g. a bundle entry.</summary>
    public void AddSchema(JsonNode schema, string baseUri, string location) => Walk(schema, baseUri, location);

    private void Walk(JsonNode schema, string baseUri, string location)
    {
        if (positions.ContainsKey(schema))
        {
            return;
        }

        if (schema is not JsonObject obj)
        {
            positions[schema] = new SchemaPosition(baseUri, location);
            return;
        }

        bool onlyRef = Rules.RefOverridesSiblings && obj.ContainsKey("$ref");
        if (!onlyRef && Rules.HasIdentifiers)
        {
            baseUri = RegisterIdentifiers(obj, baseUri);
        }

        positions[schema] = new SchemaPosition(baseUri, location);
        if (onlyRef)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode?> member in obj)
        {
            if (member.Value is null)
            {
                continue;
            }

            // The member's location is built only for a subschema keyword: most members (type, format, description, ...)
            // are not, and a pointer string for each was most of what the walk allocated.
            if (member.Value is JsonArray array && SchemaKeywords.SubschemaArrays.Contains(member.Key))
            {
                string memberLocation = JsonPointer.Append(location, member.Key);
                for (int index = 0; index < array.Count; index++)
                {
                    if (array[index] is { } item)
                    {
                        Walk(item, baseUri, JsonPointer.Append(memberLocation, index));
                    }
                }
            }
            else if (member.Value is JsonObject map && SchemaKeywords.SubschemaMaps.Contains(member.Key))
            {
                string memberLocation = JsonPointer.Append(location, member.Key);
                foreach (KeyValuePair<string, JsonNode?> entry in map)
                {
                    if (entry.Value is JsonObject or JsonValue)
                    {
                        Walk(entry.Value, baseUri, JsonPointer.Append(memberLocation, entry.Key));
                    }
                }
            }
            else if (SchemaKeywords.SingleSubschema.Contains(member.Key) && member.Value is not JsonArray)
            {
                Walk(member.Value, baseUri, JsonPointer.Append(location, member.Key));
            }
        }
    }

    private string RegisterIdentifiers(JsonObject obj, string baseUri)
    {
        if (obj.TryGetPropertyValue(Rules.IdKeyword, out JsonNode? idNode) && idNode is JsonValue idValue
            && idValue.GetValueKind() == JsonValueKind.String)
        {
            string id = idValue.GetValue<string>();
            if (id.Length > 0 && id[0] == '#')
            {
                // Draft 4 location-independent identifier: "id": "#foo" names an anchor, not a new resource.
                anchors.TryAdd(UriReference.WithoutFragment(baseUri) + id, obj);
            }
            else
            {
                string resolved = UriReference.Normalize(UriReference.WithoutFragment(UriReference.Resolve(baseUri, id)));
                resources.TryAdd(resolved, obj);
                resourceRoots.TryAdd(obj, resolved);
                baseUri = resolved;
            }
        }

        if (Rules.IsModern)
        {
            foreach (string anchorKeyword in new[] { "$anchor", "$dynamicAnchor" })
            {
                if (obj.TryGetPropertyValue(anchorKeyword, out JsonNode? anchorNode) && anchorNode is JsonValue anchorValue
                    && anchorValue.GetValueKind() == JsonValueKind.String)
                {
                    anchors.TryAdd(baseUri + "#" + anchorValue.GetValue<string>(), obj);
                    if (anchorKeyword == "$dynamicAnchor")
                    {
                        if (!dynamicAnchors.TryGetValue(baseUri, out Dictionary<string, JsonNode>? named))
                        {
                            dynamicAnchors[baseUri] = named = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
                        }

                        named.TryAdd(anchorValue.GetValue<string>(), obj);
                    }
                }
            }
        }

        return baseUri;
    }
}
