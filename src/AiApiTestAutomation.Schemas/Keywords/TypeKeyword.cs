using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary><c>type</c>: a single type name or (draft 4, 2020-12, OpenAPI 3.1) a list of them; "integer" accepts 1.0.</summary>
internal sealed class TypeKeyword : Keyword
{
    private readonly JsonTypes allowed;
    private readonly string expected;

    public TypeKeyword(string location, JsonTypes allowed, IReadOnlyList<string> names)
        : base(location)
    {
        this.allowed = allowed;
        expected = names.Count == 1 ? names[0] : "one of the types " + string.Join(", ", names);
    }

    public static JsonTypes Parse(string name) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        "number" => JsonTypes.Number,
        "string" => JsonTypes.String,
        "integer" => JsonTypes.Integer,
        _ => JsonTypes.None,
    };

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        bool matches = kind switch
        {
            JsonValueKind.Null => (allowed & JsonTypes.Null) != 0,
            JsonValueKind.True or JsonValueKind.False => (allowed & JsonTypes.Boolean) != 0,
            JsonValueKind.Object => (allowed & JsonTypes.Object) != 0,
            JsonValueKind.Array => (allowed & JsonTypes.Array) != 0,
            JsonValueKind.String => (allowed & JsonTypes.String) != 0,
            JsonValueKind.Number => (allowed & JsonTypes.Number) != 0
                || ((allowed & JsonTypes.Integer) != 0 && context.NumberOf(instance!).IsInteger),
            _ => false,
        };

        if (!matches)
        {
            context.Report(Location, "type", expected, InstanceText.DescribeWithType(instance));
        }

        return matches;
    }
}
