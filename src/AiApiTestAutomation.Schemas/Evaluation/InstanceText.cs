using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>Short, readable renderings of instance values for violation messages (only built when something fails).</summary>
internal static class InstanceText
{
    private const int MaxLength = 80;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Describe(JsonNode? node)
    {
        string text = node is null ? "null" : node.ToJsonString(Readable);
        return text.Length <= MaxLength ? text : text.Substring(0, MaxLength - 1) + "…";
    }

    public static string TypeName(JsonNode? node) => JsonEquality.KindOf(node) switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    public static string DescribeWithType(JsonNode? node) => node is null ? "null" : TypeName(node) + " " + Describe(node);
}
