using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// When a property is present, other properties are required (<c>dependentRequired</c>, draft 4 <c>dependencies</c>
/// with an array) or the object must match a schema (<c>dependentSchemas</c>, draft 4 <c>dependencies</c> with a schema).
/// </summary>
internal sealed class DependenciesKeyword : Keyword
{
    private readonly string keyword;
    private readonly Dictionary<string, string[]> requiredProperties;
    private readonly Dictionary<string, SchemaNode> schemas;

    public DependenciesKeyword(string location, string keyword, Dictionary<string, string[]> requiredProperties, Dictionary<string, SchemaNode> schemas)
        : base(location)
    {
        this.keyword = keyword;
        this.requiredProperties = requiredProperties;
        this.schemas = schemas;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonObject obj)
        {
            return true;
        }

        bool valid = true;
        foreach (KeyValuePair<string, string[]> dependency in requiredProperties)
        {
            if (!obj.ContainsKey(dependency.Key))
            {
                continue;
            }

            foreach (string needed in dependency.Value)
            {
                if (!obj.ContainsKey(needed))
                {
                    valid = false;
                    context.Report(Location, keyword, $"property \"{needed}\" because \"{dependency.Key}\" is present", "an object without it");
                }
            }
        }

        foreach (KeyValuePair<string, SchemaNode> dependency in schemas)
        {
            if (obj.ContainsKey(dependency.Key) && !dependency.Value.Evaluate(instance, context))
            {
                valid = false;
            }
        }

        return valid;
    }
}
