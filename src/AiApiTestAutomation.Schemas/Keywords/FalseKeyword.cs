using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>The boolean schema <c>false</c>: nothing is valid.</summary>
internal sealed class FalseKeyword : Keyword
{
    public FalseKeyword(string location)
        : base(location)
    {
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        context.Report(Location, "false", "no value here (schema is false)", InstanceText.Describe(instance));
        return false;
    }
}
