using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>not</c>: the instance must not match the schema.</summary>
internal sealed class NotKeyword : Keyword
{
    private readonly SchemaNode schema;

    public NotKeyword(string location, SchemaNode schema)
        : base(location)
    {
        this.schema = schema;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (!schema.Matches(instance, context))
        {
            return true;
        }

        context.Report(Location, "not", $"a value not matching the schema at {schema.Location}", InstanceText.Describe(instance));
        return false;
    }
}
