using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// An example a spec gives for a request or response body, with the bundle key of the body's schema. The value is
/// copied out of the reader's tree only when it is checked: a large spec has thousands of response examples that
/// the default check never reads.
/// </summary>
internal sealed record MediaExample(string SchemaKey, JsonNode? ReaderValue, string Pointer, bool IsResponse)
{
    /// <summary>The example as the validator must see it (a copy; JSON nulls restored).</summary>
    public JsonNode? Value => WithNulls(ReaderValue);

    /// <summary>The reader stands a sentinel string in for JSON null inside examples; the validator must see the null.</summary>
    private static JsonNode? WithNulls(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue when Microsoft.OpenApi.JsonNullSentinel.IsJsonNullSentinel(node):
                return null;
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var pair in obj)
                {
                    copy[pair.Key] = WithNulls(pair.Value);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(WithNulls(item));
                }

                return items;
            default:
                return node.DeepClone();
        }
    }
}
