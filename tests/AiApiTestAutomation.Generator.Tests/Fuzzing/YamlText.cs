using System.Text;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>
/// Writes a JSON tree as block-style YAML. Keys and strings are JSON-quoted, which YAML reads as
/// double-quoted scalars, so no string turns into a number, a boolean or an anchor by accident.
/// </summary>
internal static class YamlText
{
    public static string Write(JsonNode? root)
    {
        var builder = new StringBuilder();
        if (IsBlock(root))
        {
            WriteBlock(builder, root!, 0);
        }
        else
        {
            builder.Append(Scalar(root)).Append('\n');
        }

        return builder.ToString();
    }

    private static void WriteBlock(StringBuilder builder, JsonNode node, int indent)
    {
        var pad = new string(' ', indent);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                builder.Append(pad).Append(FuzzDocument.Quote(key)).Append(':');
                WriteValue(builder, value, indent);
            }
        }
        else
        {
            foreach (var item in (JsonArray)node)
            {
                builder.Append(pad).Append('-');
                WriteValue(builder, item, indent);
            }
        }
    }

    private static void WriteValue(StringBuilder builder, JsonNode? value, int indent)
    {
        if (IsBlock(value))
        {
            builder.Append('\n');
            WriteBlock(builder, value!, indent + 2);
        }
        else
        {
            builder.Append(' ').Append(Scalar(value)).Append('\n');
        }
    }

    private static bool IsBlock(JsonNode? node) => node is JsonObject { Count: > 0 } || node is JsonArray { Count: > 0 };

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value when value.TryGetValue<string>(out var text) => FuzzDocument.Quote(text),
        _ => node.ToJsonString(),
    };
}
