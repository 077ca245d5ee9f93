using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>if</c>/<c>then</c>/<c>else</c> (2020-12): <c>if</c> only selects, it never fails by itself.</summary>
internal sealed class IfThenElseKeyword : Keyword
{
    private readonly SchemaNode condition;
    private readonly SchemaNode? then;
    private readonly SchemaNode? otherwise;

    public IfThenElseKeyword(string location, SchemaNode condition, SchemaNode? then, SchemaNode? otherwise)
        : base(location)
    {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        SchemaNode? chosen = condition.Matches(instance, context) ? then : otherwise;
        return chosen is null || chosen.Evaluate(instance, context);
    }
}
