using System.Collections.Generic;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>The <c>$dynamicAnchor</c>s of one schema resource, pushed while evaluation is inside that resource.</summary>
internal sealed class DynamicScope
{
    public Dictionary<string, SchemaNode> Anchors { get; } = new(System.StringComparer.Ordinal);
}
