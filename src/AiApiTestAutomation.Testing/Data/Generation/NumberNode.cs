using System.Globalization;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Evaluation;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Turns a schema number back into a JSON value, as an integer when it is one (so "integer" schemas accept it).</summary>
internal static class NumberNode
{
    public static JsonNode From(JsonNumber number)
    {
        if (number.IsExact)
        {
            decimal value = decimal.Parse(number.ToString(), CultureInfo.InvariantCulture);
            return value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
                ? JsonValue.Create((long)value)
                : JsonValue.Create(value);
        }

        return JsonValue.Create(number.AsDouble);
    }

    public static JsonNode From(decimal value) =>
        value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue ? JsonValue.Create((long)value) : JsonValue.Create(value);
}
