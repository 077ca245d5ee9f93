using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>$dynamicRef</c> (2020-12): a static target, overridden by the outermost matching dynamic anchor in scope.</summary>
internal sealed class DynamicRefKeyword : Keyword
{
    private readonly SchemaNode staticTarget;
    private readonly string? anchorName;

    public DynamicRefKeyword(string location, SchemaNode staticTarget, string? anchorName)
        : base(location)
    {
        this.staticTarget = staticTarget;
        this.anchorName = anchorName;
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        SchemaNode target = (anchorName is null ? null : context.OutermostDynamicAnchor(anchorName)) ?? staticTarget;
        return target.Evaluate(instance, context);
    }
}
