using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>$ref</c>: evaluates the referenced schema, which is compiled once and shared (cycles included).</summary>
internal sealed class RefKeyword : Keyword
{
    private readonly SchemaNode target;

    public RefKeyword(string location, SchemaNode target)
        : base(location)
    {
        this.target = target;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context) => target.Evaluate(instance, context);
}
