using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Http;

/// <summary>application/x-www-form-urlencoded with bracketed names for nesting (a[b]=1, a[]=x), as Stripe-style APIs read it.</summary>
internal static class FormEncoding
{
    public static string Encode(JsonNode node)
    {
        var pairs = new List<string>();
        Flatten(node, null, pairs);
        return string.Join("&", pairs);
    }

    private static void Flatten(JsonNode? node, string? prefix, List<string> pairs)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    Flatten(property.Value, prefix is null ? property.Key : prefix + "[" + property.Key + "]", pairs);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Flatten(item, (prefix ?? string.Empty) + "[]", pairs);
                }

                break;
            case null:
                break;
            default:
                if (prefix is not null)
                {
                    var value = node is JsonValue v && v.TryGetValue<string>(out var text) ? text : node.ToJsonString();
                    pairs.Add(Uri.EscapeDataString(prefix) + "=" + Uri.EscapeDataString(value));
                }

                break;
        }
    }
}
