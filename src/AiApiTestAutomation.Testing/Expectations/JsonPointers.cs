using System.Globalization;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Testing.Expectations;

internal static class JsonPointers
{
    public static JsonNode? Resolve(JsonNode? root, string pointer, out bool found)
    {
        found = true;
        if (pointer.Length == 0 || pointer == "/")
        {
            return root;
        }

        var current = root;
        foreach (var raw in pointer.TrimStart('/').Split('/'))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            switch (current)
            {
                case JsonObject obj when obj.TryGetPropertyValue(segment, out var next):
                    current = next;
                    break;
                case JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count:
                    current = array[index];
                    break;
                default:
                    found = false;
                    return null;
            }
        }

        return current;
    }
}
