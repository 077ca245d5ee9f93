using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Schemas.Evaluation;
using AiApiTestAutomation.Schemas.Keywords;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas.Compilation;

/// <summary>Object keywords: required, properties and friends, property counts, dependencies, propertyNames.</summary>
internal sealed partial class SchemaCompiler
{
    private void AddObjectKeywords(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        var accessModes = new Dictionary<string, AccessMode>(System.StringComparer.Ordinal);
        if (schema["properties"] is JsonObject properties && rules.IsOpenApi)
        {
            foreach (KeyValuePair<string, JsonNode?> property in properties)
            {
                AccessMode mode = AccessModes.Of(property.Value, registry);
                if (mode != AccessMode.ReadWrite)
                {
                    accessModes[property.Key] = mode;
                }
            }
        }

        if (schema["required"] is JsonArray required)
        {
            string[] names = required.OfType<JsonValue>().Select(name => name.ToString()).ToArray();
            keywords.Add(new RequiredKeyword(At(position, "required"), names, accessModes));
        }

        AddProperties(schema, position, keywords, accessModes);
        foreach (string keyword in new[] { "minProperties", "maxProperties" })
        {
            if (SchemaJson.Count(schema, keyword) is { } limit)
            {
                keywords.Add(new CountKeyword(At(position, keyword), keyword, limit));
            }
        }

        AddDependencies(schema, position, keywords);
        if (rules.IsModern && CompileChild(schema, "propertyNames") is { } names2)
        {
            keywords.Add(new PropertyNamesKeyword(At(position, "propertyNames"), names2));
        }
    }

    private void AddProperties(JsonObject schema, SchemaPosition position, List<Keyword> keywords, Dictionary<string, AccessMode> accessModes)
    {
        var declared = new Dictionary<string, DeclaredProperty>(System.StringComparer.Ordinal);
        if (schema["properties"] is JsonObject properties)
        {
            foreach (KeyValuePair<string, JsonNode?> property in properties)
            {
                if (property.Value is not null)
                {
                    AccessMode mode = accessModes.TryGetValue(property.Key, out AccessMode found) ? found : AccessMode.ReadWrite;
                    declared[property.Key] = new DeclaredProperty(Compile(property.Value), mode);
                }
            }
        }

        var patterns = new List<PatternProperty>();
        if (schema["patternProperties"] is JsonObject patternProperties)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in patternProperties)
            {
                if (entry.Value is not null && EcmaRegex.Get(entry.Key) is Regex regex)
                {
                    patterns.Add(new PatternProperty(regex, Compile(entry.Value)));
                }
            }
        }

        JsonNode? additionalJson = schema["additionalProperties"];
        bool forbidden = additionalJson is JsonValue flag && flag.GetValueKind() == System.Text.Json.JsonValueKind.False;
        SchemaNode? additional = !forbidden && additionalJson is JsonObject ? Compile(additionalJson) : null;
        if (declared.Count > 0 || patterns.Count > 0 || forbidden || additional is not null)
        {
            keywords.Add(new PropertiesKeyword(At(position, "properties"), declared, patterns.ToArray(), additional, forbidden, At(position, "additionalProperties")));
        }
    }

    private void AddDependencies(JsonObject schema, SchemaPosition position, List<Keyword> keywords)
    {
        string[] dependencyKeywords = rules.IsModern ? ["dependentRequired", "dependentSchemas"] : ["dependencies"];
        foreach (string keyword in dependencyKeywords)
        {
            if (schema[keyword] is not JsonObject map)
            {
                continue;
            }

            var requiredProperties = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
            var schemas = new Dictionary<string, SchemaNode>(System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, JsonNode?> entry in map)
            {
                if (entry.Value is JsonArray names)
                {
                    requiredProperties[entry.Key] = names.OfType<JsonValue>().Select(name => name.ToString()).ToArray();
                }
                else if (entry.Value is not null)
                {
                    schemas[entry.Key] = Compile(entry.Value);
                }
            }

            keywords.Add(new DependenciesKeyword(At(position, keyword), keyword, requiredProperties, schemas));
        }
    }
}
