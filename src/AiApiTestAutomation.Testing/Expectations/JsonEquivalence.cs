using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Expectations;

/// <summary>
/// Compares JSON the way a reader would: numbers by value (1 equals 1.0), date-times by instant
/// (Z equals +00:00), objects regardless of property order. Anything stricter is a false alarm.
/// </summary>
internal static class JsonEquivalence
{
    /// <summary>Every value in <paramref name="expected"/> is present and equivalent in <paramref name="actual"/>; returns the first difference.</summary>
    public static string? FindDifference(JsonNode? expected, JsonNode? actual, string path, bool subset)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{Path(path)}: expected null, got {actual.ToJsonString()}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{Path(path)}: expected an object, got {Describe(actual)}";
                }

                foreach (var property in expectedObject)
                {
                    var childPath = path + "/" + property.Key;
                    if (!actualObject.TryGetPropertyValue(property.Key, out var actualValue))
                    {
                        if (property.Value is null)
                        {
                            continue;
                        }

                        return $"{childPath}: expected {property.Value.ToJsonString()}, but the property is missing";
                    }

                    var difference = FindDifference(property.Value, actualValue, childPath, subset);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                if (!subset)
                {
                    foreach (var property in actualObject)
                    {
                        if (!expectedObject.ContainsKey(property.Key) && property.Value is not null)
                        {
                            return $"{path}/{property.Key}: unexpected property with value {property.Value.ToJsonString()}";
                        }
                    }
                }

                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    return $"{Path(path)}: expected an array, got {Describe(actual)}";
                }

                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{Path(path)}: expected {expectedArray.Count} items, got {actualArray.Count}";
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    var difference = FindDifference(expectedArray[i], actualArray[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), subset);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return ScalarsEquivalent(expected, actual) ? null : $"{Path(path)}: expected {expected.ToJsonString()}, got {Describe(actual)}";
        }
    }

    private static bool ScalarsEquivalent(JsonNode expected, JsonNode? actual)
    {
        if (actual is null || actual is JsonObject || actual is JsonArray)
        {
            return false;
        }

        var left = expected.GetValueKind();
        var right = actual.GetValueKind();
        if (left == JsonValueKind.Number && right == JsonValueKind.Number)
        {
            return expected.GetValue<decimal>() == actual.GetValue<decimal>();
        }

        if (left == JsonValueKind.String && right == JsonValueKind.String)
        {
            var a = expected.GetValue<string>();
            var b = actual.GetValue<string>();
            if (a == b)
            {
                return true;
            }

            return LooksLikeDateTime(a) && LooksLikeDateTime(b)
                && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var x)
                && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var y)
                && x == y;
        }

        return left == right && expected.ToJsonString() == actual.ToJsonString();
    }

    private static bool LooksLikeDateTime(string value) => value.Length >= 19 && value[4] == '-' && value[10] == 'T';

    private static string Describe(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    private static string Path(string path) => path.Length == 0 ? "/" : path;
}
