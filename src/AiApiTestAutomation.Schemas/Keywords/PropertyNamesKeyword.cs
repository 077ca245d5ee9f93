using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>propertyNames</c> (2020-12): every property name, as a string instance, matches a schema.</summary>
internal sealed class PropertyNamesKeyword : Keyword
{
    private readonly SchemaNode schema;

    public PropertyNamesKeyword(string location, SchemaNode schema)
        : base(location)
    {
        this.schema = schema;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (instance is not JsonObject obj)
        {
            return true;
        }

        bool valid = true;
        foreach (KeyValuePair<string, JsonNode?> member in obj)
        {
            context.PushProperty(member.Key);
            valid &= schema.Evaluate(JsonValue.Create(member.Key), context);
            context.Pop();
        }

        return valid;
    }
}
