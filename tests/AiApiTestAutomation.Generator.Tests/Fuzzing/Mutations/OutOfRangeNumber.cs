using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Generator.Tests.Fuzzing.Mutations;

/// <summary>Sets a numeric keyword (bounds, lengths, counts, multipleOf, a status code) to a number no type can hold, a negative or a fraction.</summary>
internal sealed class OutOfRangeNumber : IMutation
{
    private static readonly string[] Numbers =
    {
        "1e400", "-1e400", "-0", "0", "-1", "1.5", "99999999999999999999999999999", "2147483648", "-9223372036854775809",
        "18446744073709551616", "1e-400", "0.1", "4.9e-324", "1.7976931348623157e308",
    };

    private static readonly string[] Keywords =
    {
        "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
        "multipleOf", "minProperties", "maxProperties", "default", "example",
    };

    public string Kind => "number-range";

    public string Apply(FuzzDocument document, Random random)
    {
        var number = NodeSlot.Pick(random, Numbers);
        var token = document.Splice(number);
        var responses = NodeSlot.All(document.Root).Where(s => s.Key == "responses" && s.Value is JsonObject { Count: > 0 }).ToList();
        if (responses.Count > 0 && random.Next(5) == 0)
        {
            var slot = NodeSlot.Pick(random, responses);
            var map = (JsonObject)slot.Value!;
            var first = map.First();
            map.Remove(first.Key);
            var code = number.TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal);
            map[code.Length > 0 ? code : "0"] = first.Value;
            return $"response code {first.Key} at {slot.Pointer} is now {code}";
        }

        var schemas = NodeSlot.Schemas(document.Root);
        if (schemas.Count == 0)
        {
            return "no schema to change";
        }

        var target = (JsonObject)NodeSlot.Pick(random, schemas).Value!;
        var keyword = NodeSlot.Pick(random, Keywords);
        if (random.Next(2) == 0)
        {
            target["type"] = random.Next(2) == 0 ? "integer" : "string";
            target["format"] = random.Next(2) == 0 ? "int32" : "int64";
        }

        target[keyword] = JsonValue.Create(token);
        return $"{target.GetPath()}.{keyword} = {number}";
    }
}
