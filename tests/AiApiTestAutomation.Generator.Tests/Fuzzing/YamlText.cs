using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing;

/// <summary>
/// Writes a JSON tree as block-style YAML. Keys and strings are JSON-quoted, which YAML reads as
/// double-quoted scalars, so no string turns into a number, a boolean or an anchor by accident.
/// </summary>
internal static class YamlText
{
    private static readonly Regex SurrogateEscapes = new(@"\\u(D[89AB][0-9A-F]{2})\\u(D[C-F][0-9A-F]{2})", RegexOptions.IgnoreCase);

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
                builder.Append(pad).Append(Quote(key)).Append(':');
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

    // JSON escapes a character beyond the BMP as a surrogate pair (\uD83E\uDD80); SharpYaml fails on that
    // (AAT1030 covers it), so YAML output keeps such characters as they are and the cases test something else.
    private static string Quote(string value) =>
        SurrogateEscapes.Replace(FuzzDocument.Quote(value), match => char.ConvertFromUtf32(char.ConvertToUtf32(
            (char)System.Convert.ToInt32(match.Groups[1].Value, 16), (char)System.Convert.ToInt32(match.Groups[2].Value, 16))));

    private static bool IsBlock(JsonNode? node) => node is JsonObject { Count: > 0 } || node is JsonArray { Count: > 0 };

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue value when value.TryGetValue<string>(out var text) => Quote(text),
        _ => node.ToJsonString(),
    };
}
