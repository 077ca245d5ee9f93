using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>JSON Schema equality (enum, const, uniqueItems): 1 equals 1.0, object member order does not matter.</summary>
internal static class JsonEquality
{
    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        JsonValueKind leftKind = KindOf(left);
        JsonValueKind rightKind = KindOf(right);
        if (leftKind != rightKind)
        {
            return false;
        }

        switch (leftKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return true;
            case JsonValueKind.Number:
                return JsonNumber.TryRead(left, out JsonNumber a) && JsonNumber.TryRead(right, out JsonNumber b) && a.CompareTo(b) == 0;
            case JsonValueKind.String:
                return string.Equals(left!.GetValue<string>(), right!.GetValue<string>(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                return ArraysEqual((JsonArray)left!, (JsonArray)right!);
            case JsonValueKind.Object:
                return ObjectsEqual((JsonObject)left!, (JsonObject)right!);
            default:
                return false;
        }
    }

    public static JsonValueKind KindOf(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    private static bool ArraysEqual(JsonArray left, JsonArray right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (int index = 0; index < left.Count; index++)
        {
            if (!AreEqual(left[index], right[index]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ObjectsEqual(JsonObject left, JsonObject right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonNode?> member in left)
        {
            if (!right.TryGetPropertyValue(member.Key, out JsonNode? other) || !AreEqual(member.Value, other))
            {
                return false;
            }
        }

        return true;
    }
}
