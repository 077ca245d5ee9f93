using System.Text.Json;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Schemas.Compilation;

/// <summary>Tolerant readers for keyword values: a malformed keyword value is ignored rather than thrown on.</summary>
internal static class SchemaJson
{
    public static bool IsTrue(JsonObject schema, string keyword) =>
        schema[keyword] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public static string? String(JsonObject schema, string keyword) =>
        schema[keyword] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static JsonNumber? Number(JsonObject schema, string keyword) =>
        schema[keyword] is JsonValue value && JsonNumber.TryRead(value, out JsonNumber number) ? number : null;

    public static long? Count(JsonObject schema, string keyword)
    {
        JsonNumber? number = Number(schema, keyword);
        return number is { IsInteger: true } whole ? (long)System.Math.Min(whole.AsDouble, long.MaxValue) : null;
    }
}
