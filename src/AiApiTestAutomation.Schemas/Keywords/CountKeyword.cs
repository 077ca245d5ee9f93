using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>
/// The size bounds: minLength/maxLength (Unicode code points, not UTF-16 units), minItems/maxItems and
/// minProperties/maxProperties. One class because they differ only in what is counted.
/// </summary>
internal sealed class CountKeyword : Keyword
{
    private readonly string keyword;
    private readonly JsonValueKind appliesTo;
    private readonly long limit;
    private readonly bool isMaximum;
    private readonly string expected;

    public CountKeyword(string location, string keyword, long limit)
        : base(location)
    {
        this.keyword = keyword;
        this.limit = limit;
        isMaximum = keyword.StartsWith("max", System.StringComparison.Ordinal);
        (appliesTo, string unit) = keyword switch
        {
            "minLength" or "maxLength" => (JsonValueKind.String, "characters"),
            "minItems" or "maxItems" => (JsonValueKind.Array, "items"),
            _ => (JsonValueKind.Object, "properties"),
        };
        string kindName = appliesTo == JsonValueKind.String ? "string" : appliesTo == JsonValueKind.Array ? "array" : "object";
        expected = $"{kindName} with {(isMaximum ? "at most" : "at least")} {limit.ToString(CultureInfo.InvariantCulture)} {unit}";
    }

    public override bool Evaluate(JsonNode? instance, JsonValueKind kind, ValidationContext context)
    {
        if (kind != appliesTo)
        {
            return true;
        }

        long count = kind switch
        {
            JsonValueKind.String => CodePoints.Count(context.StringOf(instance!)),
            JsonValueKind.Array => ((JsonArray)instance!).Count,
            _ => ((JsonObject)instance!).Count,
        };

        if (isMaximum ? count <= limit : count >= limit)
        {
            return true;
        }

        context.Report(Location, keyword, expected, $"{count.ToString(CultureInfo.InvariantCulture)} ({InstanceText.Describe(instance)})");
        return false;
    }
}
