using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas;

/// <summary>
/// The schemas of one spec (a "schema bundle" the generator embeds) or one standalone JSON Schema document,
/// with their references resolvable. Immutable after loading; share one instance per spec.
/// </summary>
public sealed class SchemaSet
{
    internal const string BundleUri = "https://aiapitest.invalid/bundle.json";
    internal const string DocumentUri = "https://aiapitest.invalid/schema.json";
    internal const string DocumentKey = "";

    private readonly Dictionary<string, JsonNode> schemasByKey;
    private readonly Dictionary<string, string> locationsByKey;

    private SchemaSet(SchemaDialect dialect, SchemaRegistry registry, Dictionary<string, JsonNode> schemasByKey, Dictionary<string, string> locationsByKey)
    {
        Dialect = dialect;
        Registry = registry;
        this.schemasByKey = schemasByKey;
        this.locationsByKey = locationsByKey;
    }

    /// <summary>The dialect every schema of this set is read in.</summary>
    public SchemaDialect Dialect { get; }

    internal SchemaRegistry Registry { get; }

    internal IEnumerable<string> Keys => schemasByKey.Keys;

    /// <summary>
    /// Reads a schema bundle: <c>{"dialect":"openapi-3.0","schemas":{"key":{...}},"locations":{"key":"#/components/schemas/X"}}</c>
    /// whose <c>$ref</c>s point at <c>#/schemas/&lt;key&gt;</c>.
    /// </summary>
    public static SchemaSet Parse(string bundleJson)
    {
        _ = bundleJson ?? throw new ArgumentNullException(nameof(bundleJson));
        JsonNode bundle = JsonNode.Parse(bundleJson) ?? throw new FormatException("The schema bundle is empty.");
        if (bundle is not JsonObject root || root["schemas"] is not JsonObject schemas)
        {
            throw new FormatException("A schema bundle is an object with a \"schemas\" object.");
        }

        return FromBundle(root, schemas);
    }

    /// <summary>Registers every schema of a bundle's root object under its key and location.</summary>
    private static SchemaSet FromBundle(JsonObject bundle, JsonObject schemas)
    {
        SchemaDialect dialect = ParseDialect(bundle["dialect"]?.GetValue<string>());
        var registry = new SchemaRegistry(DialectRules.For(dialect), BundleUri, remoteLoader: null);
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        JsonObject? declaredLocations = bundle["locations"] as JsonObject;

        foreach (KeyValuePair<string, JsonNode?> entry in schemas)
        {
            if (entry.Value is null)
            {
                continue;
            }

            string location = declaredLocations?[entry.Key] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : "#/schemas/" + JsonPointer.Escape(entry.Key);
            locations[entry.Key] = location;
            byKey[entry.Key] = entry.Value;
            registry.AddSchema(entry.Value, BundleUri, location);
        }

        registry.AddResource(BundleUri, bundle, "#");
        return new SchemaSet(dialect, registry, byKey, locations);
    }

    /// <summary>
    /// A bundle given as its schemas' texts, as <see cref="Parse"/> would read them from the whole bundle's text: for a
    /// part of a bundle (the generator's request schemas), without writing and reading a megabyte-sized text first.
    /// </summary>
    /// <param name="dialect">The bundle's dialect, as its text names it (<c>openapi-3.0</c>, ...).</param>
    /// <param name="schemas">Each schema's key, JSON text and location in the spec, in the bundle's order.</param>
    internal static SchemaSet FromBundleParts(string dialect, IEnumerable<(string Key, string Json, string Location)> schemas)
    {
        var schemasObject = new JsonObject();
        var locations = new JsonObject();

        // Each schema sits two levels below the bundle's root, so it may nest two levels less than the whole text may.
        var options = new JsonDocumentOptions { MaxDepth = 62 };
        foreach ((string key, string json, string location) in schemas)
        {
            schemasObject[key] = JsonNode.Parse(json, documentOptions: options);
            locations[key] = location;
        }

        return FromBundle(new JsonObject { ["dialect"] = dialect, ["schemas"] = schemasObject, ["locations"] = locations }, schemasObject);
    }

    /// <summary>Wraps one standalone JSON Schema document; validate against it with <see cref="SchemaValidator.ValidateDocument"/>.</summary>
    public static SchemaSet FromDocument(JsonNode schema, SchemaDialect dialect) => FromDocument(schema, dialect, remoteLoader: null);

    /// <summary>As <see cref="FromDocument(JsonNode, SchemaDialect)"/>, with a loader for documents referenced by absolute URI.</summary>
    internal static SchemaSet FromDocument(JsonNode schema, SchemaDialect dialect, Func<string, JsonNode?>? remoteLoader)
    {
        _ = schema ?? throw new ArgumentNullException(nameof(schema));
        var registry = new SchemaRegistry(DialectRules.For(dialect), DocumentUri, remoteLoader);
        registry.AddResource(DocumentUri, schema, "#");
        var byKey = new Dictionary<string, JsonNode>(StringComparer.Ordinal) { [DocumentKey] = schema };
        var locations = new Dictionary<string, string>(StringComparer.Ordinal) { [DocumentKey] = "#" };
        return new SchemaSet(dialect, registry, byKey, locations);
    }

    /// <summary>True when the set has a schema under <paramref name="key"/>.</summary>
    public bool Contains(string key) => schemasByKey.ContainsKey(key);

    /// <summary>Where the schema under <paramref name="key"/> was written in the spec, e.g. <c>#/components/schemas/Product</c>.</summary>
    public string LocationOf(string key) =>
        locationsByKey.TryGetValue(key, out string? location) ? location : throw UnknownKey(key);

    internal JsonNode SchemaOf(string key) =>
        schemasByKey.TryGetValue(key, out JsonNode? schema) ? schema : throw UnknownKey(key);

    /// <summary>Finds a schema by bundle key, or by the last segment of its spec location (discriminator names).</summary>
    internal JsonNode? FindByName(string name)
    {
        if (schemasByKey.TryGetValue(name, out JsonNode? byKey))
        {
            return byKey;
        }

        foreach (KeyValuePair<string, string> entry in locationsByKey)
        {
            string location = entry.Value;
            int slash = location.LastIndexOf('/');
            if (slash >= 0 && string.Equals(JsonPointer.Unescape(location.Substring(slash + 1)), name, StringComparison.Ordinal))
            {
                return schemasByKey[entry.Key];
            }
        }

        return null;
    }

    /// <summary>Finds a schema by its location in the spec (discriminator mappings may keep <c>#/components/schemas/X</c>).</summary>
    internal JsonNode? FindByLocation(string location)
    {
        foreach (KeyValuePair<string, string> entry in locationsByKey)
        {
            if (string.Equals(entry.Value, location, StringComparison.Ordinal))
            {
                return schemasByKey[entry.Key];
            }
        }

        return null;
    }

    private static SchemaDialect ParseDialect(string? dialect) => dialect switch
    {
        "openapi-3.0" or null => SchemaDialect.OpenApi30,
        "openapi-3.1" => SchemaDialect.OpenApi31,
        "swagger-2.0" => SchemaDialect.Swagger20,
        "draft4" => SchemaDialect.Draft4,
        "draft2020-12" => SchemaDialect.Draft202012,
        _ => throw new FormatException($"Unknown schema dialect \"{dialect}\"; expected openapi-3.0, openapi-3.1 or swagger-2.0."),
    };

    private static KeyNotFoundException UnknownKey(string key) => new($"The schema set has no schema \"{key}\".");
}
